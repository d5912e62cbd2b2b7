package org.nua.country.domain;

import java.util.List;

import org.nua.platform.problem.DomainException;
import org.nua.platform.problem.FieldViolation;

/** An observation that is well-formed but does not fit the catalogue; names every field at fault. */
public class InvalidObservationException extends DomainException {

    public InvalidObservationException(List<FieldViolation> violations) {
        super("urn:nua:problem:invalid-observation", "Observation does not fit the catalogue", 422,
            violations.stream().map(FieldViolation::detail).reduce((a, b) -> a + " " + b).orElse(""), violations);
    }
}
