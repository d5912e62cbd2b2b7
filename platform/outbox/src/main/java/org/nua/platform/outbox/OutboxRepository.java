package org.nua.platform.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    /** Arbitrary but fixed: the advisory lock that makes one relay at a time publish, across instances. */
    private static final long RELAY_LOCK = 0x6e75612d6f757462L;

    /** True when this transaction now holds the relay lock; it is released at commit or rollback. */
    public boolean tryLockRelay() {
        return (Boolean) getEntityManager()
            .createNativeQuery("select pg_try_advisory_xact_lock(?1)")
            .setParameter(1, RELAY_LOCK)
            .getSingleResult();
    }

    /**
     * The oldest unpublished events. Selecting on "not yet published" rather than "id above the last one sent"
     * is what keeps a row whose transaction committed after a higher id's from ever being skipped.
     */
    public List<OutboxEvent> pending(int limit) {
        // Read-only: Hibernate would otherwise keep a copy of every payload to check it for changes.
        return find("publishedAt is null order by id").withHint(HibernateHints.HINT_READ_ONLY, true)
            .page(0, limit).list();
    }

    public void markPublished(List<Long> ids, Instant at) {
        update("publishedAt = :at where id in :ids", Parameters.with("at", at).and("ids", ids));
    }

    public long purgePublishedBefore(Instant cutoff) {
        return delete("publishedAt < ?1", cutoff);
    }
}
