package org.nua.country.domain;

import org.nua.platform.problem.DomainException;

/** A batch longer than one request may carry. */
public class TooManyRowsException extends DomainException {

    public TooManyRowsException(int rows, int max) {
        super("urn:nua:problem:too-many-rows", "Too many rows", 413,
            "The batch has " + rows + " rows; one request takes at most " + max + ". Split it into several.");
    }
}
