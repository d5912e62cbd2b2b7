package org.nua.report.domain.report;

/** The reports this service writes. */
public enum ReportType {
    /** One country's SDG 11 chapter, in the shape of a Voluntary Local Review: per target, values, trend and status. */
    COUNTRY_PROFILE,
    /** One indicator (and series) across the countries: latest values, ranking and summary statistics. */
    COMPARISON,
    /** Values from 2020 on against the pre-2020 trend, for one country or all. */
    PANDEMIC_BRIEF
}
