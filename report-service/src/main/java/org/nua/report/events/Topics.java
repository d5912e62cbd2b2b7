package org.nua.report.events;

/** Kafka channel names of this service; the topics themselves are in application.properties. */
public final class Topics {

    public static final String INDICATOR_EVENTS_IN = "indicator-events-in";
    public static final String COUNTRY_EVENTS_IN = "country-events-in";
    public static final String OBSERVATION_EVENTS_IN = "observation-events-in";
    /** Report jobs: the id of each requested report, read by every instance's worker in one consumer group. */
    public static final String REPORT_JOBS_OUT = "report-jobs-out";
    public static final String REPORT_JOBS_IN = "report-jobs-in";
    /** report.events: a report finished or failed. */
    public static final String REPORT_EVENTS_OUT = "report-events-out";

    private Topics() {
    }
}
