package org.nua.indicator.events;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nua.indicator.domain.Indicator;
import org.nua.indicator.domain.IndicatorEvents;
import org.nua.indicator.events.v1.IndicatorPublished;

/** Turns domain changes into outbox rows inside the caller's transaction. */
@ApplicationScoped
public class OutboxWriter implements IndicatorEvents {

    static final String SOURCE = "indicator-service";
    private static final String AGGREGATE = "indicator";

    private final EntityManager em;
    private final ObjectMapper json;
    private final Event<OutboxAppended> appended;
    private final Clock clock;

    OutboxWriter(EntityManager em, ObjectMapper json, Event<OutboxAppended> appended, Clock clock) {
        this.em = em;
        this.json = json;
        this.appended = appended;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void published(Indicator indicator) {
        append(indicator.code(), IndicatorPublished.TYPE, IndicatorPublished.of(indicator));
    }

    private void append(String subject, String type, Object data) {
        // Flushing the aggregate first takes its row lock before the outbox id is drawn, so two transactions
        // on the same aggregate get outbox ids in the order they commit: per-key order on the topic holds.
        em.flush();
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, SOURCE, Instant.now(clock), subject, data);
        try {
            em.persist(new OutboxEvent(envelope, AGGREGATE, Topics.INDICATOR_EVENTS, json.writeValueAsString(envelope)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " cannot be serialised", e);
        }
        appended.fire(new OutboxAppended());
    }
}
