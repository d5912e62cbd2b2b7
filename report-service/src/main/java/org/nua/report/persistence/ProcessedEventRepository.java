package org.nua.report.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The ledger of applied events: a redelivered event finds its id here and is skipped. */
@ApplicationScoped
public class ProcessedEventRepository {

    private final EntityManager em;

    ProcessedEventRepository(EntityManager em) {
        this.em = em;
    }

    /** Records the event in the current transaction; false when it had been applied before. */
    public boolean markProcessed(UUID eventId, Instant at) {
        return em.createNativeQuery(
                "insert into processed_event (event_id, processed_at) values (?1, ?2) on conflict do nothing")
            .setParameter(1, eventId)
            .setParameter(2, at)
            .executeUpdate() == 1;
    }
}
