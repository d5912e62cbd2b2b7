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
import jakarta.transaction.Transactional;

import org.nua.country.config.IngestionConfig;
import org.nua.country.domain.Country;
import org.nua.country.domain.CountryEvents;
import org.nua.country.domain.ObservationChange;
import org.nua.country.domain.ObservationKey;
import org.nua.country.domain.ObservationState;
import org.nua.country.events.v1.CountrySnapshot;
import org.nua.country.events.v1.ObservationsChanged;
import org.nua.country.events.v1.ObservationsWithdrawn;
import org.nua.platform.events.EventEnvelope;
import org.nua.platform.outbox.OutboxAppender;

/** Turns country and observation changes into outbox rows inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OutboxWriter implements CountryEvents {

    static final String SOURCE = "country-service";

    private final OutboxAppender outbox;
    private final Clock clock;
    private final IngestionConfig config;

    OutboxWriter(OutboxAppender outbox, Clock clock, IngestionConfig config) {
        this.outbox = outbox;
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

    @Override
    public void countryRepublished(Country country) {
        outbox.appendRepublished("country", Topics.COUNTRY_EVENTS, envelope(country.code(),
            country.version() == 1 ? CountrySnapshot.PUBLISHED : CountrySnapshot.UPDATED, CountrySnapshot.of(country)));
    }

    /** As the events of the changes that made each revision current, without the values they replaced. */
    @Override
    public void observationsRepublished(List<ObservationState> current) {
        appendObservations(current.stream().map(s -> new ObservationChange(kindOf(s), s, null)).toList(), true);
    }

    private static ObservationChange.Kind kindOf(ObservationState state) {
        if (state.withdrawn()) {
            return ObservationChange.Kind.WITHDRAWN;
        }
        return state.revision() == 1 ? ObservationChange.Kind.RECORDED : ObservationChange.Kind.REVISED;
    }

    /**
     * One event per kind of change, country and indicator, of at most {@code nua.ingestion.max-observations-per-event}
     * observations: what one batch did travels as a few records, and each applies in one consumer transaction.
     */
    @Override
    public void observationsChanged(List<ObservationChange> changes) {
        appendObservations(changes, false);
    }

    private void appendObservations(List<ObservationChange> changes, boolean republished) {
        // By subject, not by indicator alone: a batch is one country's, but a republication spans them all.
        Map<ObservationChange.Kind, Map<String, List<ObservationChange>>> groups = new EnumMap<>(
            ObservationChange.Kind.class);
        for (ObservationChange change : changes) {
            ObservationKey key = change.state().key();
            groups.computeIfAbsent(change.kind(), k -> new LinkedHashMap<>())
                .computeIfAbsent(ObservationsChanged.subject(key.countryCode(), key.indicatorCode()),
                    s -> new ArrayList<>()).add(change);
        }
        int max = config.maxObservationsPerEvent();
        groups.forEach((kind, bySubject) -> bySubject.forEach((subject, group) -> {
            String country = group.get(0).state().key().countryCode();
            String indicator = group.get(0).state().key().indicatorCode();
            for (int from = 0; from < group.size(); from += max) {
                List<ObservationChange> chunk = group.subList(from, Math.min(group.size(), from + max));
                switch (kind) {
                    case RECORDED, REVISED -> appendObservationEvent(republished, subject,
                        kind == ObservationChange.Kind.RECORDED ? ObservationsChanged.RECORDED
                            : ObservationsChanged.REVISED,
                        new ObservationsChanged(country, indicator,
                            chunk.stream().map(ObservationsChanged.Item::of).toList()));
                    case WITHDRAWN -> appendObservationEvent(republished, subject,
                        ObservationsWithdrawn.WITHDRAWN, new ObservationsWithdrawn(country, indicator,
                            chunk.stream().map(ObservationsWithdrawn.Item::of).toList()));
                }
            }
        }));
    }

    private void append(String aggregate, String topic, String subject, String type, Object data) {
        outbox.append(aggregate, topic, envelope(subject, type, data));
    }

    private void appendObservationEvent(boolean republished, String subject, String type, Object data) {
        if (republished) {
            outbox.appendRepublished("observation", Topics.OBSERVATION_EVENTS, envelope(subject, type, data));
        } else {
            append("observation", Topics.OBSERVATION_EVENTS, subject, type, data);
        }
    }

    private EventEnvelope envelope(String subject, String type, Object data) {
        return new EventEnvelope(UUID.randomUUID(), type, SOURCE, Instant.now(clock), subject, data);
    }
}
