package org.nua.report.domain.report;

import java.util.UUID;

import org.nua.platform.problem.DomainException;

public class ReportNotFoundException extends DomainException {

    public ReportNotFoundException(UUID id) {
        super("urn:nua:problem:report-not-found", "Report not found", 404, "No report has the id " + id + ".");
    }
}
