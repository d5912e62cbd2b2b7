package org.nua.report.api;

import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** What a progress assessment is of: the series, and one country or all (query parameters). */
public class ProgressParameters extends IndicatorSeriesParameters {

    @Parameter(description = "ISO alpha-3 code of one country; every country when left out", example = "JOR")
    @RestQuery
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
    String country;

    String country() {
        return country;
    }
}
