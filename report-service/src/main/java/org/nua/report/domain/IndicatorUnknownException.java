package org.nua.report.domain;

import org.nua.platform.problem.DomainException;

public class IndicatorUnknownException extends DomainException {

    public IndicatorUnknownException(String code) {
        super("urn:nua:problem:indicator-not-found", "Indicator not found", 404,
            "No indicator has the code '" + code + "' in the catalogue known to report-service.");
    }
}
