package org.nua.country.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import org.nua.country.domain.Disaggregation;
import org.nua.country.domain.ObservationFilter;
import org.nua.platform.problem.QueryParameters;

/** Which of a country's observations a read is of, and as known when (query parameters of list and latest). */
public class ObservationFilterParameters implements QueryParameters {

    static final String CODE = "[A-Za-z0-9._-]*";
    static final String BREAKDOWN = "TOTAL|[A-Za-z][A-Za-z0-9_]*=[A-Za-z0-9_]+(;[A-Za-z][A-Za-z0-9_]*=[A-Za-z0-9_]+)*";
    private static final String INSTANT =
        "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})";

    @Parameter(example = "11.6.2")
    @RestQuery
    @Size(max = 64)
    @Pattern(regexp = CODE)
    String indicator;

    @Parameter(example = "EN_ATM_PM25")
    @RestQuery
    @Size(max = 64)
    @Pattern(regexp = CODE)
    String series;

    @Parameter(description = "A city's code; NONE for the country as a whole only")
    @RestQuery
    @Size(max = 100)
    @Pattern(regexp = CODE)
    String city;

    @Parameter(description = "TOTAL for totals only, or a breakdown such as LOCATION=URBAN; every breakdown when "
        + "left out")
    @RestQuery
    @Size(max = 400)
    @Pattern(regexp = BREAKDOWN)
    String disaggregation;

    @Parameter(description = "An ISO-8601 instant: the observations as they were known then",
        example = "2026-11-29T09:00:00Z")
    @RestQuery
    @Pattern(regexp = INSTANT, message = "must be an ISO-8601 instant such as 2026-11-29T09:00:00Z")
    String asOf;

    /** @param from, to the first and last year, or null for any */
    ObservationFilter toFilter(String countryCode, Integer from, Integer to) {
        return new ObservationFilter(countryCode, indicator, series,
            city == null ? null : city.equals("NONE") ? "" : city,
            disaggregation == null ? null : breakdown(disaggregation), from, to, asOf == null ? null : instant(asOf));
    }

    static Disaggregation breakdown(String text) {
        if (text.equals("TOTAL")) {
            return Disaggregation.NONE;
        }
        try {
            return Disaggregation.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("disaggregation", e.getMessage());
        }
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("asOf", "'" + text + "' is not a valid instant.");
        }
    }
}
