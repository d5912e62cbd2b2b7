package org.nua.indicator.domain;

import org.nua.platform.problem.DomainException;

/** A retired indicator is kept for the data reported against it, but no longer changes. */
public class IndicatorRetiredException extends DomainException {

    public IndicatorRetiredException(String code) {
        super("urn:nua:problem:indicator-retired", "Indicator retired", 409,
            "Indicator " + code + " is retired; it stays readable but can no longer change.");
    }
}
