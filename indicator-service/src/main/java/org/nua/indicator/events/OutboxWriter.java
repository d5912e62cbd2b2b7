package org.nua.indicator.events;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nua.indicator.domain.Indicator;
import org.nua.indicator.domain.IndicatorEvents;
import org.nua.indicator.domain.IndicatorStatus;
import org.nua.indicator.domain.IndicatorVersion;
import org.nua.indicator.events.v1.IndicatorSnapshot;
import org.nua.platform.events.EventEnvelope;
import org.nua.platform.outbox.OutboxAppender;

/** Turns catalogue changes into outbox rows, and version history, inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OutboxWriter implements IndicatorEvents {

    static final String SOURCE = "indicator-service";
    private static final String AGGREGATE = "indicator";

    private final EntityManager em;
    private final ObjectMapper json;
    private final OutboxAppender outbox;
    private final Clock clock;

    OutboxWriter(EntityManager em, ObjectMapper json, OutboxAppender outbox, Clock clock) {
        this.em = em;
        this.json = json;
        this.outbox = outbox;
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

    /** As the event of the change that made the current version: a consumer new to the topic sees no gap. */
    @Override
    public void republished(Indicator indicator) {
        String type = indicator.status() == IndicatorStatus.RETIRED ? IndicatorSnapshot.RETIRED
            : indicator.version() == 0 ? IndicatorSnapshot.PUBLISHED : IndicatorSnapshot.UPDATED;
        outbox.appendRepublished(AGGREGATE, Topics.INDICATOR_EVENTS, new EventEnvelope(UUID.randomUUID(), type,
            SOURCE, Instant.now(clock), indicator.code(), IndicatorSnapshot.of(indicator)));
    }

    /** Writes the event and, from the same snapshot, the indicator's version history. */
    private void append(Indicator indicator, String type, IndicatorVersion.Change change) {
        em.flush(); // gives the new version number, which the snapshot carries
        IndicatorSnapshot data = IndicatorSnapshot.of(indicator);
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, SOURCE, Instant.now(clock),
            indicator.code(), data);
        outbox.append(AGGREGATE, Topics.INDICATOR_EVENTS, envelope);
        try {
            em.persist(new IndicatorVersion(indicator.code(), indicator.version(), change,
                json.writeValueAsString(data), envelope.time()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " cannot be serialised", e);
        }
    }
}
