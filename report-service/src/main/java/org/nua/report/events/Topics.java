package org.nua.report.events;

/** Kafka topic and channel names of this service; nowhere else are they spelled out in code. */
public final class Topics {

    /** Report jobs: the id of each requested report, read by every instance's worker in one consumer group. */
    public static final String REPORT_JOBS = "report.jobs";
    /** A report finished or failed. */
    public static final String REPORT_EVENTS = "report.events";

    public static final String INDICATOR_EVENTS_IN = "indicator-events-in";
    public static final String COUNTRY_EVENTS_IN = "country-events-in";
    public static final String OBSERVATION_EVENTS_IN = "observation-events-in";
    public static final String REPORT_JOBS_OUT = "report-jobs-out";
    public static final String REPORT_JOBS_IN = "report-jobs-in";
    public static final String REPORT_EVENTS_OUT = "report-events-out";

    private Topics() {
    }
}
