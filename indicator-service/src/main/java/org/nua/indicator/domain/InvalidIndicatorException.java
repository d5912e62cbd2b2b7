package org.nua.indicator.domain;

import java.util.List;

import org.nua.platform.problem.DomainException;
import org.nua.platform.problem.FieldViolation;

/** A request that is well-formed but breaks a catalogue rule; carries every field at fault. */
public class InvalidIndicatorException extends DomainException {

    public InvalidIndicatorException(List<FieldViolation> violations) {
        super("urn:nua:problem:validation", "Request is not valid", 422,
            violations.size() + " field(s) failed validation.", violations);
    }
}
