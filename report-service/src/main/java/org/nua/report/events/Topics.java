package org.nua.report.events;

/** Kafka channel names of this service; the topics themselves are in application.properties. */
public final class Topics {

    public static final String INDICATOR_EVENTS_IN = "indicator-events-in";
    public static final String COUNTRY_EVENTS_IN = "country-events-in";
    public static final String OBSERVATION_EVENTS_IN = "observation-events-in";

    private Topics() {
    }
}
