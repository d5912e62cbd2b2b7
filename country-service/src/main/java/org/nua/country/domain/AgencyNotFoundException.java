package org.nua.country.domain;

import org.nua.platform.problem.DomainException;

public class AgencyNotFoundException extends DomainException {

    public AgencyNotFoundException(String countryCode, String code) {
        super("urn:nua:problem:agency-not-found", "Agency not found", 404, "'" + code + "' is not a registered "
            + "agency of " + countryCode + " (GET /api/v1/countries/" + countryCode + "/agencies lists them).");
    }
}
