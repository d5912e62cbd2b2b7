package org.nua.indicator.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.indicator.domain.DesiredDirection;
import org.nua.indicator.domain.Indicator;
import org.nua.indicator.domain.IndicatorDefinition;
import org.nua.indicator.domain.IndicatorStatus;
import org.nua.indicator.domain.Priority;
import org.nua.indicator.domain.TranslationSource;
import org.nua.indicator.domain.ValueType;

@Schema(name = "IndicatorRequest", description = "An indicator as an editor states it. For an update the code may be "
    + "left out; everything else replaces what was there.")
public record IndicatorRequest(
    @Schema(description = "Indicator code: an SDG code such as 11.6.2, or a series or national code; taken from "
        + "the path on update", examples = "11.6.2")
    @Pattern(regexp = Indicator.CODE_PATTERN, message = "must be 1-64 letters, digits, '.', '-' or '_'")
    String code,

    @Schema(description = "Framework the indicator belongs to (GET /api/v1/frameworks)", examples = "SDG")
    @NotBlank @Size(max = 32) @Pattern(regexp = CODE_LIST)
    String framework,

    @Schema(description = "Goal within the framework", examples = "11") @Size(max = 16) @Pattern(regexp = CODE_LIST)
    String goal,

    @Schema(description = "Target within the framework", examples = "11.6") @Size(max = 16)
    @Pattern(regexp = CODE_LIST)
    String target,

    @Schema(description = "Names by language tag (en, ar, es, fr, ru, zh, kk, km); English is required",
        examples = "{\"en\": \"Annual mean levels of fine particulate matter (e.g. PM2.5 and PM10) in cities "
            + "(population weighted)\"}")
    @NotEmpty
    Map<@Pattern(regexp = LANGUAGE, message = "must be a language tag such as en, ar or zh-Hans") String,
        @NotBlank @Size(max = 1000) @Pattern(regexp = TEXT, message = "must not contain NUL characters")
        String> names,

    @Schema(description = "Where each translation comes from, by language tag")
    Map<@Pattern(regexp = LANGUAGE) String, @NotNull TranslationSource> nameSources,

    @Schema(description = "Descriptions (definitions) by language tag")
    Map<@Pattern(regexp = LANGUAGE) String, @NotBlank @Size(max = 10000) @Pattern(regexp = TEXT) String> descriptions,

    @Schema(description = "Unit of every value (GET /api/v1/units)", examples = "mgr/m^3")
    @NotBlank @Size(max = 64) @Pattern(regexp = TEXT, message = "must not contain NUL characters")
    String unit,

    @Schema(description = "Kind of number; DECIMAL when left out", examples = "DECIMAL")
    ValueType valueType,

    @Schema(description = "Which way the indicator should move for things to improve; none for indicators "
        + "that are not assessed", examples = "DECREASE")
    DesiredDirection desiredDirection,

    @Schema(description = "Who set the desired direction",
        examples = "Statistics Canada, Open SDG progress methodology")
    @Size(max = 500) @Pattern(regexp = TEXT)
    String directionSource,

    @Schema(description = "Natural lower limit of values (0 for a share)", examples = "0")
    @Digits(integer = 40, fraction = 20)
    BigDecimal minValue,

    @Schema(description = "Natural upper limit of values (100 for a percentage)", examples = "100")
    @Digits(integer = 40, fraction = 20)
    BigDecimal maxValue,

    @Schema(description = "Value to reach by the target year", examples = "0")
    @Digits(integer = 40, fraction = 20)
    BigDecimal targetValue,

    @Schema(description = "Year the target value is due; 2030 for the SDGs", examples = "2030")
    Integer targetYear,

    @Schema(description = "Who set the target value", examples = "Statistics Canada, Open SDG progress methodology")
    @Size(max = 500) @Pattern(regexp = TEXT)
    String targetSource,

    @Schema(description = "True when target or direction is a convention, not an official UN target")
    boolean targetIsConvention,

    @Schema(examples = "World Health Organization (WHO)") @Size(max = 500) @Pattern(regexp = TEXT)
    String custodianAgency,

    @Schema(description = "IAEG-SDGs tier", examples = "1") @Size(max = 16) @Pattern(regexp = TEXT)
    String tier,

    @Schema(description = "New Urban Agenda priorities the indicator informs")
    Set<@NotNull Priority> priorities,

    @Schema(description = "Other codes of the same indicator", examples = "[\"1.5.1\", \"13.1.1\"]")
    Set<@Pattern(regexp = Indicator.CODE_PATTERN) String> aliases,

    @Schema(description = "Series that report values of the indicator")
    List<@NotNull @Valid SeriesDto> series,

    @Schema(description = "Disaggregation dimensions values may carry (GET /api/v1/dimensions)",
        examples = "[\"LOCATION\", \"NATURE\"]")
    Set<@Pattern(regexp = CODE_LIST) String> dimensions,

    @Schema(description = "Codes of indicators this one informs or approximates", examples = "[\"11.1.1\"]")
    Set<@Pattern(regexp = Indicator.CODE_PATTERN) String> relatedIndicators,

    @Schema(description = "DRAFT or ACTIVE (the default); retiring has its own operation", examples = "ACTIVE")
    IndicatorStatus status) {

    static final String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";
    static final String CODE_LIST = "[A-Za-z0-9][A-Za-z0-9._-]*";
    /** Any text PostgreSQL can store: everything but NUL. */
    static final String TEXT = "[^\\x00]*";

    IndicatorDefinition toDefinition() {
        return new IndicatorDefinition(framework, goal, target, names, nameSources, descriptions, unit, valueType,
            desiredDirection, directionSource, minValue, maxValue, targetValue, targetYear, targetSource,
            targetIsConvention, custodianAgency, tier, priorities, aliases,
            series == null ? List.of() : series.stream().map(SeriesDto::toDomain).toList(), dimensions,
            relatedIndicators);
    }
}
