package org.nua.country.domain;

import org.nua.platform.problem.DomainException;

/** A batch with at least one invalid row: nothing of it was written; the report names every row at fault. */
public class BatchRejectedException extends DomainException {

    private final transient BatchReport report;

    public BatchRejectedException(BatchReport report) {
        super("urn:nua:problem:batch-rejected", "Batch rejected", 422,
            report.rejected() + " of " + report.rows() + " row(s) are invalid; nothing was written.");
        this.report = report;
    }

    public BatchReport report() {
        return report;
    }
}
