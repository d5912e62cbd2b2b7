package org.nua.indicator.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.indicator.domain.DesiredDirection;
import org.nua.indicator.domain.Indicator;
import org.nua.indicator.domain.IndicatorDefinition;
import org.nua.indicator.domain.IndicatorStatus;
import org.nua.indicator.domain.Priority;
import org.nua.indicator.domain.TranslationSource;
import org.nua.indicator.domain.ValueType;

@Schema(name = "Indicator", description = "An indicator of the catalogue")
public record IndicatorResponse(
    @Schema(examples = "11.6.2") String code,
    @Schema(description = "The name in the language asked for with Accept-Language, else English") String name,
    @Schema(description = "Language of name; en when the one asked for has no translation", examples = "ar")
    String language,
    @Schema(nullable = true, description = "Where that name's translation comes from") TranslationSource nameSource,
    @Schema(description = "Names by language tag") Map<String, String> names,
    @Schema(description = "Where each translation comes from") Map<String, TranslationSource> nameSources,
    @Schema(description = "Descriptions by language tag") Map<String, String> descriptions,
    @Schema(examples = "SDG") String framework,
    @Schema(nullable = true, examples = "11") String goal,
    @Schema(nullable = true, examples = "11.6") String target,
    IndicatorStatus status,
    @Schema(examples = "mgr/m^3") String unit,
    ValueType valueType,
    @Schema(nullable = true) DesiredDirection desiredDirection,
    @Schema(nullable = true) String directionSource,
    @Schema(nullable = true) BigDecimal minValue,
    @Schema(nullable = true) BigDecimal maxValue,
    @Schema(nullable = true) BigDecimal targetValue,
    @Schema(nullable = true) Integer targetYear,
    @Schema(nullable = true) String targetSource,
    @Schema(description = "True when target or direction is a convention, not an official UN target")
    boolean targetIsConvention,
    @Schema(nullable = true) String custodianAgency,
    @Schema(nullable = true, examples = "1") String tier,
    List<Priority> priorities,
    @Schema(examples = "[\"1.5.1\", \"13.1.1\"]") List<String> aliases,
    List<SeriesDto> series,
    List<String> dimensions,
    List<String> relatedIndicators,
    @Schema(description = "Catalogue version of this indicator; grows with every change", examples = "0") int version,
    Instant createdAt,
    Instant updatedAt) {

    static IndicatorResponse of(Indicator indicator, List<Locale> languages) {
        IndicatorDefinition d = indicator.definition();
        String language = Languages.pick(d.names(), languages);
        return new IndicatorResponse(indicator.code(), d.names().get(language), language,
            d.nameSources().get(language), d.names(), d.nameSources(), d.descriptions(), d.framework(), d.goal(),
            d.target(), indicator.status(), d.unit(), d.valueType(), d.desiredDirection(), d.directionSource(),
            d.minValue(), d.maxValue(), d.targetValue(), d.targetYear(), d.targetSource(), d.targetIsConvention(),
            d.custodianAgency(), d.tier(), d.priorities().stream().sorted().toList(),
            d.aliases().stream().sorted().toList(), d.series().stream().map(SeriesDto::of).toList(),
            d.dimensions().stream().sorted().toList(), d.relatedIndicators().stream().sorted().toList(),
            indicator.version(), indicator.createdAt(), indicator.updatedAt());
    }
}
