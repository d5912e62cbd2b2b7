package org.nua.country.domain;

import org.nua.platform.problem.DomainException;

/** An agency with this code is already registered for the country. */
public class AgencyExistsException extends DomainException {

    public AgencyExistsException(String countryCode, String code) {
        super("urn:nua:problem:agency-exists", "Agency already registered", 409, "The agency '" + code
            + "' of " + countryCode + " is registered already.");
    }
}
