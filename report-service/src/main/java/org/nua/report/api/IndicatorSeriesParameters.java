package org.nua.report.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import org.nua.platform.problem.QueryParameters;

/** The indicator and, when it has several, the series an analysis is of (query parameters). */
public abstract class IndicatorSeriesParameters implements QueryParameters {

    @Parameter(description = "Indicator code", example = "11.6.2")
    @RestQuery
    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must be an indicator code")
    String indicator;

    @Parameter(description = "Series code, required when the indicator has several", example = "EN_ATM_PM25")
    @RestQuery
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "must be a series code")
    String series;

    String indicator() {
        return indicator;
    }

    String series() {
        return series;
    }
}
