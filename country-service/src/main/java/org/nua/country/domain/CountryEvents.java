package org.nua.country.domain;

/**
 * What the domain tells the world; the events layer decides how it travels (a transactional outbox relayed
 * to Kafka), so the domain never touches messaging. Each method must run inside the change's transaction.
 */
public interface CountryEvents {

    void countryPublished(Country country);

    void countryUpdated(Country country);

    void observationRecorded(Observation observation);

    void observationRevised(Observation observation, java.math.BigDecimal previousValue);
}
