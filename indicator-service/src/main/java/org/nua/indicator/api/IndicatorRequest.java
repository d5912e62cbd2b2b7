package org.nua.indicator.api;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.indicator.domain.DesiredDirection;
import org.nua.indicator.domain.Indicator;

@Schema(name = "IndicatorRequest", description = "A new indicator for the catalogue")
public record IndicatorRequest(
    @Schema(description = "Indicator code: an SDG code such as 11.6.2, or a series or national code",
        examples = "11.6.2")
    @NotBlank @Pattern(regexp = Indicator.CODE_PATTERN, message = "must be 1-64 letters, digits, '.', '-' or '_'")
    String code,

    @Schema(description = "Names by language tag (en, ar, es, fr, ru, zh, kk, km); English is required",
        examples = "{\"en\": \"Annual mean levels of fine particulate matter in cities\"}")
    @NotEmpty
    Map<@Pattern(regexp = LANGUAGE, message = "must be a language tag such as en, ar or zh-Hans") String,
        @NotBlank @Size(max = 1000) @Pattern(regexp = TEXT, message = "must not contain NUL characters")
        String> names,

    @Schema(description = "Unit of every value of this indicator, as in the UN SDG database", examples = "PERCENT")
    @NotBlank @Size(max = 64) @Pattern(regexp = TEXT, message = "must not contain NUL characters")
    String unit,

    @Schema(description = "Which way the indicator should move for things to improve", examples = "DECREASE")
    @NotNull
    DesiredDirection desiredDirection) {

    static final String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";
    /** Any text PostgreSQL can store: everything but NUL. */
    static final String TEXT = "[^\\x00]*";
}
