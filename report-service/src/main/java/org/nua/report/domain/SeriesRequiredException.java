package org.nua.report.domain;

import java.util.List;

import org.nua.platform.problem.DomainException;
import org.nua.platform.problem.FieldViolation;

/** The indicator has values in several series, which must not be mixed in one comparison. */
public class SeriesRequiredException extends DomainException {

    public SeriesRequiredException(String indicator, List<String> series) {
        super("urn:nua:problem:series-required", "Series required", 422,
            "Indicator " + indicator + " has values in several series; choose one with the series parameter.",
            List.of(new FieldViolation("series", "one of " + series)));
    }
}
