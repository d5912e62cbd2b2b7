package org.nua.report.domain.report;

import org.nua.platform.problem.DomainException;

/** A report's files were asked for before its job finished, or after it failed. */
public class ReportNotReadyException extends DomainException {

    public ReportNotReadyException(Report report) {
        super("urn:nua:problem:report-not-ready", "Report not ready", 409, report.status() == ReportStatus.FAILED
            ? "Report " + report.id() + " failed: " + report.error()
            : "Report " + report.id() + " is " + report.status() + " (" + report.progress()
                + " %); its files can be downloaded once its status is DONE.");
    }
}
