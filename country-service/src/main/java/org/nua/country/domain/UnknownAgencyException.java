package org.nua.country.domain;

import java.util.List;

import org.nua.platform.problem.DomainException;
import org.nua.platform.problem.FieldViolation;

/** The submitting agency is not one of the country's registered agencies. */
public class UnknownAgencyException extends DomainException {

    public UnknownAgencyException(String countryCode, String code) {
        super("urn:nua:problem:unknown-agency", "Unknown agency", 422, "'" + code + "' is not a registered agency of "
            + countryCode + " (GET /api/v1/countries/" + countryCode + "/agencies lists them).",
            List.of(new FieldViolation("/agencyCode", "Not an agency of " + countryCode + ".")));
    }
}
