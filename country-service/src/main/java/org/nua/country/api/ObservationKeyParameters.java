package org.nua.country.api;

import static org.nua.country.api.ObservationFilterParameters.BREAKDOWN;
import static org.nua.country.api.ObservationFilterParameters.CODE;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import org.nua.country.domain.Disaggregation;
import org.nua.country.domain.ObservationKey;
import org.nua.platform.problem.QueryParameters;

/** One observation's natural key within its country (query parameters of history and withdrawal). */
public class ObservationKeyParameters implements QueryParameters {

    @Parameter(example = "11.6.2")
    @RestQuery
    @NotNull
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9._-]+")
    String indicator;

    @Parameter(example = "EN_ATM_PM25")
    @RestQuery
    @Size(max = 64)
    @Pattern(regexp = CODE)
    String series;

    @Parameter(description = "A city's code; the country as a whole when left out (or NONE)")
    @RestQuery
    @Size(max = 100)
    @Pattern(regexp = CODE)
    String city;

    @Parameter(description = "The breakdown, such as LOCATION=URBAN; the total when left out")
    @RestQuery
    @Size(max = 400)
    @Pattern(regexp = BREAKDOWN)
    String disaggregation;

    @Parameter(example = "2016")
    @RestQuery
    @NotNull
    @Min(1950)
    @Max(2100)
    Integer year;

    ObservationKey toKey(String countryCode) {
        return new ObservationKey(countryCode, city == null || city.equals("NONE") ? "" : city, indicator, series,
            year, disaggregation == null ? Disaggregation.NONE : ObservationFilterParameters.breakdown(disaggregation));
    }
}
