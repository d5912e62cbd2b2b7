package org.nua.country.domain;

import java.time.Instant;

/**
 * Which of a country's observations a read wants; a null field does not filter.
 *
 * @param cityCode       "" for the country as a whole only
 * @param disaggregation {@link Disaggregation#NONE} for totals only
 * @param asOf           the observations as known at this instant; null for now
 */
public record ObservationFilter(String countryCode, String indicatorCode, String seriesCode, String cityCode,
                                Disaggregation disaggregation, Integer fromYear, Integer toYear, Instant asOf) {

    public static ObservationFilter all(String countryCode) {
        return new ObservationFilter(countryCode, null, null, null, null, null, null, null);
    }
}
