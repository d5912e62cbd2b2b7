package org.nua.indicator.domain;

import org.nua.platform.problem.DomainException;

/** A change without If-Match could silently overwrite someone else's: it is refused (RFC 6585). */
public class PreconditionRequiredException extends DomainException {

    public PreconditionRequiredException() {
        super("urn:nua:problem:precondition-required", "If-Match required", 428,
            "Send the ETag you read as If-Match, so that a change made meanwhile is not overwritten.");
    }
}
