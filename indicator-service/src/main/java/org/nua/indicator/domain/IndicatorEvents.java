package org.nua.indicator.domain;

/**
 * What the domain tells the world when the catalogue changes, and the catalogue's record of every version it
 * published. The events layer decides how it travels (a transactional outbox relayed to Kafka), so the domain
 * never touches messaging. Each method must run inside the change's transaction.
 */
public interface IndicatorEvents {

    void published(Indicator indicator);

    void updated(Indicator indicator);

    void retired(Indicator indicator);

    /**
     * The indicator's current state again, not a change: for consumers rebuilding from a topic that lost it. It
     * carries the current version, so a consumer that has it already ignores it; no version is recorded.
     */
    void republished(Indicator indicator);
}
