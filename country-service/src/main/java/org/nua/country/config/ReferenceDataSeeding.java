package org.nua.country.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

import org.nua.country.domain.CountryService;
import org.nua.country.persistence.CountryReferenceFiles;

/**
 * At every start, brings the countries in line with the reference data this release ships. It is idempotent:
 * a restart with unchanged data changes nothing and publishes nothing.
 */
@ApplicationScoped
public class ReferenceDataSeeding {

    void onStart(@Observes StartupEvent start, CountryReferenceFiles files, CountryService countries) {
        countries.synchronise(files.load());
    }
}
