package org.nua.country.api;

import java.util.List;

import org.nua.platform.problem.DomainException;
import org.nua.platform.problem.FieldViolation;

/** A query parameter whose form is right but whose value is not (a 31 February, say). */
class InvalidParameterException extends DomainException {

    InvalidParameterException(String parameter, String detail) {
        super("urn:nua:problem:validation", "Request is not valid", 422, detail,
            List.of(new FieldViolation(parameter, detail)));
    }
}
