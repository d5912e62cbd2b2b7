package org.nua.report.domain;

import java.util.List;

import org.nua.platform.problem.DomainException;
import org.nua.platform.problem.FieldViolation;

/** A range of years that ends before it starts. */
public class YearRangeException extends DomainException {

    public YearRangeException(int from, int to) {
        super("urn:nua:problem:validation", "Request is not valid", 422,
            "The range of years ends (" + to + ") before it starts (" + from + ").",
            List.of(new FieldViolation("to", "must not be before from")));
    }
}
