package org.nua.indicator.domain;

import org.nua.platform.problem.DomainException;

public class IndicatorNotFoundException extends DomainException {

    public IndicatorNotFoundException(String code) {
        super("urn:nua:problem:indicator-not-found", "Indicator not found", 404,
            "No indicator has the code '" + code + "'.");
    }
}
