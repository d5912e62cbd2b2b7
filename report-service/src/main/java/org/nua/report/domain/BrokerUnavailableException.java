package org.nua.report.domain;

import org.nua.platform.problem.DomainException;

/** The event broker could not answer in time; the client may retry (503 with Retry-After). */
public class BrokerUnavailableException extends DomainException {

    public BrokerUnavailableException(Throwable cause) {
        super("urn:nua:problem:service-unavailable", "Service unavailable", 503,
            "The event broker did not answer in time; retry later.");
        initCause(cause);
    }
}
