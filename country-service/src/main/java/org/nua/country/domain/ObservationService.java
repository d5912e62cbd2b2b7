package org.nua.country.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nua.country.persistence.CountryRepository;
import org.nua.country.persistence.IndicatorReplicaRepository;
import org.nua.country.persistence.ObservationRepository;

/** Records observations that fit the catalogue; each change and its event commit together. */
@ApplicationScoped
public class ObservationService {

    /** What a submission did to the stored observation. */
    public enum Outcome { RECORDED, REVISED, UNCHANGED }

    public record Result(Observation observation, Outcome outcome) {
    }

    private final CountryRepository countries;
    private final IndicatorReplicaRepository catalogue;
    private final ObservationRepository observations;
    private final CountryEvents events;
    private final Clock clock;

    ObservationService(CountryRepository countries, IndicatorReplicaRepository catalogue,
                       ObservationRepository observations, CountryEvents events, Clock clock) {
        this.countries = countries;
        this.catalogue = catalogue;
        this.observations = observations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Result submit(ObservationKey key, ObservationValue value) {
        if (countries.find(key.countryCode()).isEmpty()) {
            throw new CountryNotFoundException(key.countryCode());
        }
        validateAgainstCatalogue(key, value);
        return upsert(key, value, Instant.now(clock));
    }

    /** Records or revises an observation already validated; publishes its event when it changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    Result upsert(ObservationKey key, ObservationValue value, Instant now) {
        Optional<Observation> existing = observations.findForUpdate(key);
        if (existing.isEmpty()) {
            Observation observation = new Observation(key, value, now);
            observations.persist(observation);
            observations.keep(new ObservationRevision(observation.id(), observation.revision(), value, now));
            events.observationRecorded(observation);
            return new Result(observation, Outcome.RECORDED);
        }
        Observation observation = existing.get();
        BigDecimal previous = observation.currentValue().value();
        if (!observation.revise(value, now)) {
            return new Result(observation, Outcome.UNCHANGED);
        }
        observations.keep(new ObservationRevision(observation.id(), observation.revision(), value, now));
        events.observationRevised(observation, previous);
        return new Result(observation, Outcome.REVISED);
    }

    /** What was known of the country's observations at the given instant (revisions recorded up to then). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ObservationState> asOf(String countryCode, String indicatorCode, Instant asOf) {
        if (countries.find(countryCode).isEmpty()) {
            throw new CountryNotFoundException(countryCode);
        }
        return observations.asOf(countryCode, indicatorCode, asOf);
    }

    /** Every revision of one observation, oldest first; empty when there is no such observation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ObservationState> history(ObservationKey key) {
        if (countries.find(key.countryCode()).isEmpty()) {
            throw new CountryNotFoundException(key.countryCode());
        }
        return observations.history(key);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Observation> list(String countryCode, String indicatorCode) {
        if (countries.find(countryCode).isEmpty()) {
            throw new CountryNotFoundException(countryCode);
        }
        return observations.forCountry(countryCode, indicatorCode);
    }

    private void validateAgainstCatalogue(ObservationKey key, ObservationValue value) {
        List<FieldViolation> violations = CatalogueCheck.asViolations(CatalogueCheck.check(
            catalogue.findByCode(key.indicatorCode()), key.indicatorCode(), key.seriesCode(), value.unit()));
        if (!violations.isEmpty()) {
            throw new InvalidObservationException(violations);
        }
    }
}
