package org.nua.indicator.domain;

import org.nua.platform.problem.DomainException;

public class IndicatorAlreadyExistsException extends DomainException {

    public IndicatorAlreadyExistsException(String code) {
        super("urn:nua:problem:indicator-exists", "Indicator already exists", 409,
            "An indicator with the code '" + code + "' already exists; update it instead.");
    }
}
