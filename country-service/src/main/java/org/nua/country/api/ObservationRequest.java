package org.nua.country.api;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.country.domain.BatchRow;

@Schema(name = "ObservationRequest", description = "One value of an indicator for the country in the path and a year")
public record ObservationRequest(
    @Schema(description = "Catalogue code of the indicator", examples = "11.6.2")
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
        message = "must be letters, digits, '.', '-' or '_'")
    String indicatorCode,

    @Schema(description = "UN SDG series code, when the indicator has several series", examples = "EN_ATM_PM25")
    @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "must be letters, digits, '.', '-' or '_'")
    String seriesCode,

    @Schema(description = "Reference year", examples = "2016")
    @NotNull @Min(1950) @Max(2100)
    Integer year,

    @Schema(description = "The value, in the indicator's unit", examples = "26.9913")
    @NotNull @Digits(integer = 40, fraction = 20)
    BigDecimal value,

    @Schema(description = "Unit; must be the indicator's unit in the catalogue", examples = "mgr/m^3")
    @NotBlank @Size(max = 64) @Pattern(regexp = TEXT, message = "must not contain NUL characters")
    String unit,

    @Schema(description = "Nature of the data as in the UN SDG database: C, CA, E, G, M or N", examples = "E")
    @Pattern(regexp = "C|CA|E|G|M|N", message = "must be one of C, CA, E, G, M, N")
    String nature,

    @Schema(description = "Where the value comes from", examples = "UN SDG Global Database, 2020 Q4")
    @Size(max = 500) @Pattern(regexp = TEXT, message = "must not contain NUL characters")
    String source,

    @Schema(description = "WUP city code (or the UN SDG database's city code) when the value is for one city",
        examples = "21700")
    @Size(max = 100) @Pattern(regexp = TEXT, message = "must not contain NUL characters")
    String cityCode,

    @Schema(description = "Breakdown, dimension to code, as the catalogue's dimensions allow; absent for the total",
        examples = "{\"LOCATION\": \"URBAN\"}")
    @Size(max = 10)
    Map<@Size(max = 32) String, @Size(max = 32) String> disaggregation,

    @Schema(description = "A note on this value, as the UN SDG database's footnotes")
    @Size(max = 2000) @Pattern(regexp = TEXT, message = "must not contain NUL characters")
    String footnote,

    @Schema(description = "FINAL (the default) or PROVISIONAL", examples = "FINAL")
    @Pattern(regexp = "FINAL|PROVISIONAL", message = "must be FINAL or PROVISIONAL")
    String status) {

    /** Any text PostgreSQL can store: everything but NUL. */
    static final String TEXT = "[^\\x00]*";

    /** As a batch row, so a single submission is validated exactly like a batch of one. */
    BatchRow toRow() {
        return new BatchRow(1, null, cityCode, indicatorCode, seriesCode, year == null ? null : year.toString(),
            value == null ? null : value.toString(), null, unit, nature, source, footnote, status,
            disaggregation == null ? Map.of() : disaggregation, null);
    }
}
