package org.nua.country.events;

/** Kafka topic and channel names of this service; nowhere else are they spelled out in code. */
public final class Topics {

    /** Full country snapshots keyed by ISO alpha-3 code; compacted. */
    public static final String COUNTRY_EVENTS = "country.events";

    /** Every observation change, keyed {@code country:indicator} so one series stays ordered; kept forever. */
    public static final String OBSERVATION_EVENTS = "observation.events";

    /** The catalogue, read to keep the local replica that observations are validated against. */
    public static final String INDICATOR_EVENTS = "indicator.events";

    public static final String INDICATOR_EVENTS_IN = "indicator-events-in";

    private Topics() {
    }
}
