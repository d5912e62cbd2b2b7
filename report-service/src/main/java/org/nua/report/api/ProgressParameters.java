package org.nua.report.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import org.nua.platform.problem.QueryParameters;

/** What a progress assessment is of: indicator, series, and one country or all (query parameters). */
public class ProgressParameters implements QueryParameters {

    @Parameter(description = "Indicator code", example = "11.1.1")
    @RestQuery
    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = SeriesParameters.CODE, message = "must be an indicator code")
    String indicator;

    @Parameter(description = "Series code, required when the indicator has several", example = "EN_LND_SLUM")
    @RestQuery
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "must be a series code")
    String series;

    @Parameter(description = "ISO alpha-3 code of one country; every country when left out", example = "JOR")
    @RestQuery
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
    String country;

    String indicator() {
        return indicator;
    }

    String series() {
        return series;
    }

    String country() {
        return country;
    }
}
