package org.nua.report.domain.report;

/** Where a report job stands. QUEUED and RUNNING are open; DONE and FAILED are final. */
public enum ReportStatus {
    QUEUED, RUNNING, DONE, FAILED
}
