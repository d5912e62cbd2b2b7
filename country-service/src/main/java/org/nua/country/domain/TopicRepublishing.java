package org.nua.country.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.nua.country.persistence.CountryRepository;
import org.nua.country.persistence.ObservationRepository;

/**
 * Writes what country-service holds to its topics again, for consumers rebuilding from a Kafka cluster that lost
 * it: every country, and every observation's current revision (withdrawn ones as withdrawals). Observations go a
 * page per transaction, so a million of them never sit in one transaction or in memory.
 */
@ApplicationScoped
public class TopicRepublishing {

    /** Observations written to the outbox per transaction. */
    static final int PAGE = 2000;

    private final CountryRepository countries;
    private final ObservationRepository observations;
    private final CountryEvents events;

    TopicRepublishing(CountryRepository countries, ObservationRepository observations, CountryEvents events) {
        this.countries = countries;
        this.observations = observations;
        this.events = events;
    }

    /** Returns how many countries were written. */
    public long countries() {
        return QuarkusTransaction.requiringNew().call(() -> {
            var all = countries.allByCode();
            all.forEach(events::countryRepublished);
            return (long) all.size();
        });
    }

    /** Returns how many observations were written. */
    public long observations() {
        long written = 0;
        long after = 0;
        while (true) {
            long from = after;
            ObservationRepository.IdPage page = QuarkusTransaction.requiringNew().call(() -> {
                ObservationRepository.IdPage p = observations.currentAfter(from, PAGE);
                if (!p.items().isEmpty()) {
                    events.observationsRepublished(p.items());
                }
                return p;
            });
            written += page.items().size();
            if (page.items().size() < PAGE) {
                return written;
            }
            after = page.lastId();
        }
    }
}
