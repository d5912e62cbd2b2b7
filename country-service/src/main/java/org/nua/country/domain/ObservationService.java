package org.nua.country.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nua.country.persistence.AgencyRepository;
import org.nua.country.persistence.CountryRepository;
import org.nua.country.persistence.IndicatorReplicaRepository;
import org.nua.country.persistence.ObservationRepository;
import org.nua.country.persistence.ObservationStore;
import org.nua.platform.problem.FieldViolation;

/**
 * One observation at a time: record, revise or withdraw it, and read observations back. Validation and writing
 * are the batch's own (a single submission is a batch of one), so both paths apply the same rules.
 */
@ApplicationScoped
public class ObservationService {

    /** What a submission did to the stored observation. */
    public enum Outcome { RECORDED, REVISED, UNCHANGED }

    public record Result(ObservationState observation, Outcome outcome) {
    }

    /** One page of a read, with the number of matches in all. */
    public record Page(List<ObservationState> items, long total) {
    }

    private final CountryRepository countries;
    private final AgencyRepository agencies;
    private final IndicatorReplicaRepository catalogue;
    private final ObservationRepository observations;
    private final ObservationStore store;
    private final CountryEvents events;
    private final Clock clock;

    ObservationService(CountryRepository countries, AgencyRepository agencies, IndicatorReplicaRepository catalogue,
                       ObservationRepository observations, ObservationStore store, CountryEvents events,
                       Clock clock) {
        this.countries = countries;
        this.agencies = agencies;
        this.catalogue = catalogue;
        this.observations = observations;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Result submit(String countryCode, BatchRow row, String agencyCode) {
        Country country = country(countryCode);
        agencies.require(countryCode, agencyCode);
        BatchValidator.Result validated = validator(country, agencyCode).validate(List.of(row));
        if (!validated.errors().isEmpty()) {
            throw new InvalidObservationException(validated.errors().stream()
                .map(e -> new FieldViolation("/" + e.field(), e.message())).toList());
        }
        ObservationWrite write = validated.writes().get(0);
        ObservationStore.Applied applied = store.apply(countryCode, validated.writes(), Instant.now(clock), false);
        events.observationsChanged(applied.changes());
        Outcome outcome = applied.recorded() > 0 ? Outcome.RECORDED
            : applied.revised() > 0 ? Outcome.REVISED : Outcome.UNCHANGED;
        return new Result(observations.find(write.key()).orElseThrow(), outcome);
    }

    /** Withdraws an observation; its history stays and reads as of earlier instants still show it. */
    @Transactional
    public ObservationState withdraw(ObservationKey key) {
        country(key.countryCode());
        ObservationState current = observations.find(key).filter(s -> !s.withdrawn())
            .orElseThrow(() -> new ObservationNotFoundException(key));
        ObservationStore.Applied applied = store.apply(key.countryCode(),
            List.of(new ObservationWrite(1, key, null)), Instant.now(clock), false);
        events.observationsChanged(applied.changes());
        return current;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page page(ObservationFilter filter, int offset, int limit) {
        country(filter.countryCode());
        return new Page(observations.page(filter, offset, limit), observations.count(filter));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ObservationState> latest(ObservationFilter filter) {
        country(filter.countryCode());
        return observations.latest(filter);
    }

    /** Every revision of one observation, oldest first; empty when there is no such observation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ObservationState> history(ObservationKey key) {
        country(key.countryCode());
        return observations.history(key);
    }

    BatchValidator validator(Country country, String agencyCode) {
        return new BatchValidator(country, agencyCode, catalogue::findByCode, catalogue::indicatorsOfSeries,
            Year.now(clock.withZone(ZoneOffset.UTC)).getValue());
    }

    private Country country(String code) {
        return countries.find(code).orElseThrow(() -> new CountryNotFoundException(code));
    }
}
