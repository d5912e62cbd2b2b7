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
import org.nua.indicator.domain.IndicatorVersion;
import org.nua.indicator.events.v1.IndicatorSnapshot;

/** Turns domain changes into outbox rows inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
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
    public void published(Indicator indicator) {
        append(indicator, IndicatorSnapshot.PUBLISHED, IndicatorVersion.Change.PUBLISHED);
    }

    @Override
    public void updated(Indicator indicator) {
        append(indicator, IndicatorSnapshot.UPDATED, IndicatorVersion.Change.UPDATED);
    }

    @Override
    public void retired(Indicator indicator) {
        append(indicator, IndicatorSnapshot.RETIRED, IndicatorVersion.Change.RETIRED);
    }

    /** Writes the event and, from the same snapshot, the indicator's version history. */
    private void append(Indicator indicator, String type, IndicatorVersion.Change change) {
        // Flushing the aggregate first takes its row lock before the outbox id is drawn, so two transactions
        // on the same aggregate get outbox ids in the order they commit: per-key order on the topic holds.
        // The flush also gives the new version number, which the snapshot carries.
        em.flush();
        IndicatorSnapshot data = IndicatorSnapshot.of(indicator);
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, SOURCE, Instant.now(clock),
            indicator.code(), data);
        try {
            em.persist(new OutboxEvent(envelope, AGGREGATE, Topics.INDICATOR_EVENTS,
                json.writeValueAsString(envelope)));
            em.persist(new IndicatorVersion(indicator.code(), indicator.version(), change,
                json.writeValueAsString(data), envelope.time()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " cannot be serialised", e);
        }
        appended.fire(new OutboxAppended());
    }
}
