package org.nua.report.domain.report;

import org.nua.platform.problem.DomainException;

/** A requester who already has as many reports queued or running as anyone may (429 with Retry-After). */
public class TooManyOpenReportsException extends DomainException {

    public TooManyOpenReportsException(int limit) {
        super("urn:nua:problem:too-many-open-reports", "Too many reports in progress", 429,
            "You have " + limit + " reports queued or running, the most one requester may; request the next once "
                + "one of them is DONE or FAILED.");
    }
}
