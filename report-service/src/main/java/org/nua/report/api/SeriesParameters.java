package org.nua.report.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import org.nua.platform.problem.QueryParameters;

/** The series a comparison or a value table is of: indicator, series, breakdown (query parameters). */
public class SeriesParameters implements QueryParameters {

    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]*";

    @Parameter(description = "Indicator code", example = "11.6.2")
    @RestQuery
    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = CODE, message = "must be an indicator code")
    String indicator;

    @Parameter(description = "Series code, required when the indicator has several", example = "EN_ATM_PM25")
    @RestQuery
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "must be a series code")
    String series;

    @Parameter(description = "A breakdown such as LOCATION=URBAN; national totals when left out (or TOTAL)",
        example = "LOCATION=URBAN")
    @RestQuery
    @Size(max = 400)
    @Pattern(regexp = Breakdowns.PATTERN, message = "must be TOTAL or dimension=code pairs separated by ';'")
    String disaggregation;

    String indicator() {
        return indicator;
    }

    String series() {
        return series;
    }

    /** The canonical breakdown ({@code LOCATION=URBAN}), empty for national totals. */
    String breakdown() {
        return Breakdowns.canonical(disaggregation);
    }
}
