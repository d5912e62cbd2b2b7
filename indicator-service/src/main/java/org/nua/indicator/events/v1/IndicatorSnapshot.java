package org.nua.indicator.events.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.nua.indicator.domain.DesiredDirection;
import org.nua.indicator.domain.Indicator;
import org.nua.indicator.domain.IndicatorDefinition;
import org.nua.indicator.domain.IndicatorStatus;
import org.nua.indicator.domain.Priority;
import org.nua.indicator.domain.Series;
import org.nua.indicator.domain.TranslationSource;
import org.nua.indicator.domain.ValueType;

/**
 * Data of {@code indicator.published.v1}, {@code indicator.updated.v1} and {@code indicator.retired.v1}: the
 * full indicator, so a new consumer can rebuild the catalogue from the compacted topic alone. Fields may be
 * added within v1; nothing is renamed or removed.
 */
public record IndicatorSnapshot(String code, Map<String, String> names, String unit,
                                DesiredDirection desiredDirection, int version, Instant createdAt, Instant updatedAt,
                                IndicatorStatus status, String framework, String goal, String target,
                                Map<String, TranslationSource> nameSources, Map<String, String> descriptions,
                                ValueType valueType, String directionSource, BigDecimal minValue, BigDecimal maxValue,
                                BigDecimal targetValue, Integer targetYear, String targetSource,
                                boolean targetIsConvention, String custodianAgency, String tier,
                                List<Priority> priorities, List<String> aliases, List<Series> series,
                                List<String> dimensions, List<String> relatedIndicators) {

    public static final String PUBLISHED = "indicator.published.v1";
    public static final String UPDATED = "indicator.updated.v1";
    public static final String RETIRED = "indicator.retired.v1";

    public static IndicatorSnapshot of(Indicator indicator) {
        IndicatorDefinition d = indicator.definition();
        return new IndicatorSnapshot(indicator.code(), d.names(), d.unit(), d.desiredDirection(), indicator.version(),
            indicator.createdAt(), indicator.updatedAt(), indicator.status(), d.framework(), d.goal(), d.target(),
            d.nameSources(), d.descriptions(), d.valueType(), d.directionSource(), d.minValue(), d.maxValue(),
            d.targetValue(), d.targetYear(), d.targetSource(), d.targetIsConvention(), d.custodianAgency(), d.tier(),
            d.priorities().stream().sorted().toList(), d.aliases().stream().sorted().toList(), d.series(),
            d.dimensions().stream().sorted().toList(), d.relatedIndicators().stream().sorted().toList());
    }
}
