package org.nua.indicator.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.indicator.domain.Series;

@Schema(name = "Series", description = "A series reporting values of the indicator (UN SDG database or source code)")
public record SeriesDto(
    @Schema(examples = "EN_ATM_PM25") @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String code,
    @Schema(examples = "Annual mean levels of fine particulate matter (population-weighted), by location")
    @NotBlank @Size(max = 1000) @Pattern(regexp = IndicatorRequest.TEXT) String description,
    @Schema(examples = "mgr/m^3") @NotBlank @Size(max = 64) @Pattern(regexp = IndicatorRequest.TEXT) String unit,
    @Schema(nullable = true, description = "UN SDG database release it comes from", examples = "2022.Q1.G.03")
    @Size(max = 64) @Pattern(regexp = IndicatorRequest.TEXT) String release) {

    Series toDomain() {
        return new Series(code, description, unit, release);
    }

    static SeriesDto of(Series s) {
        return new SeriesDto(s.code(), s.description(), s.unit(), s.release());
    }
}
