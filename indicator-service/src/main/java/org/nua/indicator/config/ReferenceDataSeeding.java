package org.nua.indicator.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

import org.nua.indicator.domain.CatalogueSeeding;
import org.nua.indicator.persistence.CatalogueReferenceFiles;

/** At every start, brings the catalogue's code lists in line with the reference data and adds missing indicators. */
@ApplicationScoped
public class ReferenceDataSeeding {

    void onStart(@Observes StartupEvent start, CatalogueReferenceFiles files, CatalogueSeeding seeding) {
        seeding.synchronise(files.load());
    }
}
