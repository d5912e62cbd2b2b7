package org.nua.indicator.events;

/** Kafka topic names of this service; nowhere else are they spelled out in code. */
public final class Topics {

    /** Full indicator snapshots keyed by indicator code; compacted, so it is the catalogue's replayable log. */
    public static final String INDICATOR_EVENTS = "indicator.events";

    private Topics() {
    }
}
