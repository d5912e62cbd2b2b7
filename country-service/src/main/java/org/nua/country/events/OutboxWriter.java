package org.nua.country.events;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nua.country.domain.Country;
import org.nua.country.domain.CountryEvents;
import org.nua.country.domain.Observation;
import org.nua.country.events.v1.CountrySnapshot;
import org.nua.country.events.v1.ObservationChanged;

/** Turns domain changes into outbox rows inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OutboxWriter implements CountryEvents {

    static final String SOURCE = "country-service";

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
    public void countryPublished(Country country) {
        append("country", Topics.COUNTRY_EVENTS, country.code(), CountrySnapshot.PUBLISHED,
            CountrySnapshot.of(country));
    }

    @Override
    public void countryUpdated(Country country) {
        append("country", Topics.COUNTRY_EVENTS, country.code(), CountrySnapshot.UPDATED, CountrySnapshot.of(country));
    }

    @Override
    public void observationRecorded(Observation observation) {
        ObservationChanged data = ObservationChanged.of(observation, null);
        append("observation", Topics.OBSERVATION_EVENTS, data.subject(), ObservationChanged.RECORDED, data);
    }

    @Override
    public void observationRevised(Observation observation, BigDecimal previousValue) {
        ObservationChanged data = ObservationChanged.of(observation, previousValue);
        append("observation", Topics.OBSERVATION_EVENTS, data.subject(), ObservationChanged.REVISED, data);
    }

    private void append(String aggregate, String topic, String subject, String type, Object data) {
        // Flushing the aggregate first takes its row lock before the outbox id is drawn, so two transactions
        // on the same aggregate get outbox ids in the order they commit: per-key order on the topic holds.
        em.flush();
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, SOURCE, Instant.now(clock), subject, data);
        try {
            em.persist(new OutboxEvent(envelope, aggregate, topic, json.writeValueAsString(envelope)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " cannot be serialised", e);
        }
        appended.fire(new OutboxAppended());
    }
}
