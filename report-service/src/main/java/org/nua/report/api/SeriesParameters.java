package org.nua.report.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The series a comparison or a value table is of, and its breakdown (query parameters). */
public class SeriesParameters extends IndicatorSeriesParameters {

    @Parameter(description = "A breakdown such as LOCATION=URBAN; national totals when left out (or TOTAL)",
        example = "LOCATION=URBAN")
    @RestQuery
    @Size(max = 400)
    @Pattern(regexp = Breakdowns.PATTERN, message = "must be TOTAL or dimension=code pairs separated by ';'")
    String disaggregation;

    /** The canonical breakdown ({@code LOCATION=URBAN}), empty for national totals. */
    String breakdown() {
        return Breakdowns.canonical(disaggregation);
    }
}
