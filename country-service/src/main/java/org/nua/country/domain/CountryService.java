package org.nua.country.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.nua.country.persistence.CountryRepository;

/** The countries: read them, and keep them equal to the reference data this release ships. */
@ApplicationScoped
public class CountryService {

    private final CountryRepository countries;
    private final CountryEvents events;
    private final Clock clock;

    CountryService(CountryRepository countries, CountryEvents events, Clock clock) {
        this.countries = countries;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Country> list() {
        return countries.allByCode();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Country get(String code) {
        return countries.find(code).orElseThrow(() -> new CountryNotFoundException(code));
    }

    /** Inserts new countries and updates changed ones, publishing an event for each; unchanged ones stay quiet. */
    @Transactional
    public void synchronise(List<CountryReference> references) {
        countries.lockForSynchronisation();
        Instant now = Instant.now(clock);
        int published = 0;
        int updated = 0;
        for (CountryReference reference : references) {
            Country existing = countries.find(reference.code()).orElse(null);
            if (existing == null) {
                Country country = new Country(reference, now);
                countries.persist(country);
                events.countryPublished(country);
                published++;
            } else if (existing.update(reference, now)) {
                events.countryUpdated(existing);
                updated++;
            }
        }
        Log.infof("Countries synchronised with reference data: %d new, %d updated, %d in all",
            published, updated, references.size());
    }
}
