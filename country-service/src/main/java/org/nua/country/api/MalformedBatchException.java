package org.nua.country.api;

import org.nua.platform.problem.DomainException;

/** A batch body that cannot even be split into rows. */
class MalformedBatchException extends DomainException {

    MalformedBatchException(String detail) {
        super("urn:nua:problem:malformed-body", "Malformed request body", 400, detail);
    }
}
