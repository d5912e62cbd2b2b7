package org.nua.country.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nua.country.config.EventsConfig;
import org.nua.country.domain.Country;
import org.nua.country.domain.CountryEvents;
import org.nua.country.domain.ObservationChange;
import org.nua.country.events.v1.CountrySnapshot;
import org.nua.country.events.v1.ObservationsChanged;
import org.nua.country.events.v1.ObservationsWithdrawn;

/** Turns domain changes into outbox rows inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OutboxWriter implements CountryEvents {

    static final String SOURCE = "country-service";

    private static final String INSERT = "insert into outbox_event (event_id, aggregatetype, aggregateid, type, topic, "
        + "payload, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

    private final EntityManager em;
    private final ObjectMapper json;
    private final Event<OutboxAppended> appended;
    private final Clock clock;
    private final EventsConfig config;

    OutboxWriter(EntityManager em, ObjectMapper json, Event<OutboxAppended> appended, Clock clock,
                 EventsConfig config) {
        this.em = em;
        this.json = json;
        this.appended = appended;
        this.clock = clock;
        this.config = config;
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

    /**
     * One event per kind of change, country and indicator, of at most {@code nua.events.max-observations}
     * observations: what one batch did travels as a few records, and each applies in one consumer transaction.
     */
    @Override
    public void observationsChanged(List<ObservationChange> changes) {
        Map<ObservationChange.Kind, Map<String, List<ObservationChange>>> groups = new EnumMap<>(
            ObservationChange.Kind.class);
        for (ObservationChange change : changes) {
            groups.computeIfAbsent(change.kind(), k -> new LinkedHashMap<>())
                .computeIfAbsent(change.state().key().indicatorCode(), i -> new ArrayList<>()).add(change);
        }
        int max = config.maxObservations();
        groups.forEach((kind, byIndicator) -> byIndicator.forEach((indicator, group) -> {
            String country = group.get(0).state().key().countryCode();
            String subject = ObservationsChanged.subject(country, indicator);
            for (int from = 0; from < group.size(); from += max) {
                List<ObservationChange> chunk = group.subList(from, Math.min(group.size(), from + max));
                switch (kind) {
                    case RECORDED, REVISED -> append("observation", Topics.OBSERVATION_EVENTS, subject,
                        kind == ObservationChange.Kind.RECORDED ? ObservationsChanged.RECORDED
                            : ObservationsChanged.REVISED,
                        new ObservationsChanged(country, indicator,
                            chunk.stream().map(ObservationsChanged.Item::of).toList()));
                    case WITHDRAWN -> append("observation", Topics.OBSERVATION_EVENTS, subject,
                        ObservationsWithdrawn.WITHDRAWN, new ObservationsWithdrawn(country, indicator,
                            chunk.stream().map(ObservationsWithdrawn.Item::of).toList()));
                }
            }
        }));
    }

    private void append(String aggregate, String topic, String subject, String type, Object data) {
        // Flushing the aggregate first takes its row lock before the outbox id is drawn, so two transactions
        // on the same aggregate get outbox ids in the order they commit: per-key order on the topic holds.
        em.flush();
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, SOURCE, Instant.now(clock), subject, data);
        try {
            // A plain insert: persisting the entity had the driver return every column, the payload included.
            em.createNativeQuery(INSERT)
                .setParameter(1, envelope.id())
                .setParameter(2, aggregate)
                .setParameter(3, envelope.subject())
                .setParameter(4, type)
                .setParameter(5, topic)
                .setParameter(6, json.writeValueAsBytes(envelope))
                .setParameter(7, envelope.time())
                .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " cannot be serialised", e);
        }
        appended.fire(new OutboxAppended());
    }
}
