package org.nua.country.domain;

import java.util.List;

/**
 * What the domain tells the world; the events layer decides how it travels (a transactional outbox relayed
 * to Kafka), so the domain never touches messaging. Each method must run inside the change's transaction.
 */
public interface CountryEvents {

    void countryPublished(Country country);

    void countryUpdated(Country country);

    /** One event per change, written together: a 10,000-row batch is one round trip to the outbox, not 10,000. */
    void observationsChanged(List<ObservationChange> changes);

    /**
     * The country's current state again, not a change: for consumers rebuilding from a topic that lost it. It
     * carries the current version, so a consumer that has it already ignores it.
     */
    void countryRepublished(Country country);

    /**
     * Observations' current revisions (withdrawn ones as withdrawals) again, not changes: for consumers
     * rebuilding from a topic that lost them. A consumer that has a revision already ignores it.
     */
    void observationsRepublished(List<ObservationState> current);
}
