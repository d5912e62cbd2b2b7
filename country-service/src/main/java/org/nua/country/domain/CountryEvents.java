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
}
