package org.nua.country.domain;

/**
 * The natural key of an observation: (country, city, indicator, series, year, disaggregation). An empty city or
 * series and {@link Disaggregation#NONE} mean "the country as a whole", "the indicator's only series" and "the
 * total", so keys compare without null semantics.
 */
public record ObservationKey(String countryCode, String cityCode, String indicatorCode, String seriesCode, int year,
                             Disaggregation disaggregation) {

    public ObservationKey {
        cityCode = cityCode == null ? "" : cityCode;
        seriesCode = seriesCode == null ? "" : seriesCode;
        disaggregation = disaggregation == null ? Disaggregation.NONE : disaggregation;
    }

    /** The national total of an indicator series in a year. */
    public static ObservationKey national(String countryCode, String indicatorCode, String seriesCode, int year) {
        return new ObservationKey(countryCode, "", indicatorCode, seriesCode, year, Disaggregation.NONE);
    }

    /** The same observation one year earlier, for plausibility checks. */
    public ObservationKey previousYear() {
        return new ObservationKey(countryCode, cityCode, indicatorCode, seriesCode, year - 1, disaggregation);
    }
}
