package org.nua.country.domain;

/** The natural key of an observation. */
public record ObservationKey(String countryCode, String indicatorCode, String seriesCode, int year) {

    public ObservationKey {
        seriesCode = seriesCode == null ? "" : seriesCode;
    }
}
