package org.nua.indicator.domain;

/**
 * What the domain tells the world when the catalogue changes. The events layer decides how it travels
 * (today: a transactional outbox relayed to Kafka), so the domain never touches messaging.
 */
public interface IndicatorEvents {

    /** Records, in the caller's transaction, that the indicator was published for the first time. */
    void published(Indicator indicator);
}
