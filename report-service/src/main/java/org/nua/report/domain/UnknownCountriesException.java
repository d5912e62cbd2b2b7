package org.nua.report.domain;

import java.util.List;

import org.nua.platform.problem.DomainException;
import org.nua.platform.problem.FieldViolation;

/** Countries asked for that are not among those the read model knows. */
public class UnknownCountriesException extends DomainException {

    public UnknownCountriesException(List<String> unknown, List<String> known) {
        super("urn:nua:problem:validation", "Request is not valid", 422,
            "Unknown countries " + unknown + "; the countries are " + known + ".",
            List.of(new FieldViolation("countries", "must be among " + known)));
    }
}
