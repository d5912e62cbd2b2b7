package org.nua.report.domain;

public class IndicatorUnknownException extends DomainException {

    public IndicatorUnknownException(String code) {
        super("urn:nua:problem:indicator-not-found", "Indicator not found", 404,
            "No indicator has the code '" + code + "' in the catalogue known to report-service.");
    }
}
