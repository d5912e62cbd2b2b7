package org.nua.country.domain;

import org.nua.platform.problem.DomainException;

/** No standing observation has this natural key. */
public class ObservationNotFoundException extends DomainException {

    public ObservationNotFoundException(ObservationKey key) {
        super("urn:nua:problem:observation-not-found", "Observation not found", 404, "No standing observation of "
            + key.indicatorCode() + (key.seriesCode().isEmpty() ? "" : " series " + key.seriesCode()) + " for "
            + key.countryCode() + (key.cityCode().isEmpty() ? "" : " city " + key.cityCode()) + " in " + key.year()
            + (key.disaggregation().isTotal() ? "" : " (" + key.disaggregation().key() + ")") + ".");
    }
}
