package org.nua.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nua.platform.events.EventEnvelope;

/**
 * Writes an event into the outbox inside the caller's transaction, so that the change and its event commit or
 * roll back together; {@link OutboxRelay} publishes it after the commit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OutboxAppender {

    private static final String INSERT = "insert into outbox_event (event_id, aggregatetype, aggregateid, type, topic, "
        + "payload, created_at, republished) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

    private final EntityManager em;
    private final ObjectMapper json;
    private final Event<OutboxAppended> appended;

    OutboxAppender(EntityManager em, ObjectMapper json, Event<OutboxAppended> appended) {
        this.em = em;
        this.json = json;
        this.appended = appended;
    }

    /**
     * @param aggregateType what kind of thing changed ({@code indicator}, {@code country}, ...)
     * @param topic         where the relay publishes it, with the envelope's subject as the record key
     */
    public void append(String aggregateType, String topic, EventEnvelope envelope) {
        append(aggregateType, topic, envelope, false);
    }

    /**
     * Appends an event that states an aggregate's current state again, for consumers rebuilding from a topic that
     * lost it: it goes out with the header {@code nua-republished: true}, and consumers that keep only newer
     * versions or revisions apply it once.
     */
    public void appendRepublished(String aggregateType, String topic, EventEnvelope envelope) {
        append(aggregateType, topic, envelope, true);
    }

    private void append(String aggregateType, String topic, EventEnvelope envelope, boolean republished) {
        // Flushing the aggregate first takes its row lock before the outbox id is drawn, so two transactions
        // on the same aggregate get outbox ids in the order they commit: per-key order on the topic holds.
        em.flush();
        byte[] payload;
        try {
            payload = json.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + envelope.type() + " cannot be serialised", e);
        }
        // A plain insert: persisting the entity had the driver return every column, the payload included.
        em.createNativeQuery(INSERT)
            .setParameter(1, envelope.id())
            .setParameter(2, aggregateType)
            .setParameter(3, envelope.subject())
            .setParameter(4, envelope.type())
            .setParameter(5, topic)
            .setParameter(6, payload)
            .setParameter(7, envelope.time())
            .setParameter(8, republished)
            .executeUpdate();
        appended.fire(new OutboxAppended());
    }
}
