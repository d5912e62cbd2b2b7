package org.nua.country.domain;

import org.nua.platform.problem.DomainException;

public class CountryNotFoundException extends DomainException {

    public CountryNotFoundException(String code) {
        super("urn:nua:problem:country-not-found", "Country not found", 404,
            "No country has the code '" + code + "'; use an ISO 3166-1 alpha-3 code such as JOR.");
    }
}
