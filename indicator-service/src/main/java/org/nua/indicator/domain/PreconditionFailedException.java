package org.nua.indicator.domain;

import org.nua.platform.problem.DomainException;

/** The client's If-Match names a version that is no longer current. */
public class PreconditionFailedException extends DomainException {

    public PreconditionFailedException(String code, int current) {
        super("urn:nua:problem:stale-version", "Changed meanwhile", 412,
            "Indicator " + code + " is now at version " + current + "; read it again and reapply your change.");
    }
}
