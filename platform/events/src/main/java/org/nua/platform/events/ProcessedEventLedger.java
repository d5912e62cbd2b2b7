package org.nua.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.logging.Log;

/**
 * The ledger of applied events (table {@code processed_event}, created by {@code db/platform/events}): a
 * consumer records an event in the transaction that applies it, so a redelivered event finds its id here and
 * has no second effect.
 */
@ApplicationScoped
public class ProcessedEventLedger {

    private final EntityManager em;
    private final Clock clock;

    ProcessedEventLedger(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Records the event in the current transaction; false when it had been applied before, and must be skipped. */
    public boolean markProcessed(UUID eventId) {
        boolean first = em.createNativeQuery(
                "insert into processed_event (event_id, processed_at) values (?1, ?2) on conflict do nothing")
            .setParameter(1, eventId)
            .setParameter(2, Instant.now(clock))
            .executeUpdate() == 1;
        if (!first) {
            Log.debugf("Event %s was applied before; skipped", eventId);
        }
        return first;
    }
}
