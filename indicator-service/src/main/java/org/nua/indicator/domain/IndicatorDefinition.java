package org.nua.indicator.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a catalogue editor states about an indicator; the code, version, status and timestamps are the
 * catalogue's own. Null collections mean empty.
 *
 * @param nameSources     language tag to the origin of that translation (see {@link TranslationSource})
 * @param minValue        natural lower limit (0 for a percentage), or null
 * @param targetIsConvention true when the 2030 target or direction is a convention (a national statistics office's
 *                        choice), not an official UN target
 */
public record IndicatorDefinition(
    String framework, String goal, String target,
    Map<String, String> names, Map<String, TranslationSource> nameSources, Map<String, String> descriptions,
    String unit, ValueType valueType, DesiredDirection desiredDirection, String directionSource,
    BigDecimal minValue, BigDecimal maxValue,
    BigDecimal targetValue, Integer targetYear, String targetSource, boolean targetIsConvention,
    String custodianAgency, String tier, Set<Priority> priorities, Set<String> aliases, List<Series> series,
    Set<String> dimensions, Set<String> relatedIndicators) {

    public IndicatorDefinition {
        names = names == null ? Map.of() : Map.copyOf(names);
        nameSources = nameSources == null ? Map.of() : Map.copyOf(nameSources);
        descriptions = descriptions == null ? Map.of() : Map.copyOf(descriptions);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        aliases = aliases == null ? Set.of() : Set.copyOf(aliases);
        series = series == null ? List.of() : List.copyOf(series);
        dimensions = dimensions == null ? Set.of() : Set.copyOf(dimensions);
        relatedIndicators = relatedIndicators == null ? Set.of() : Set.copyOf(relatedIndicators);
        valueType = valueType == null ? ValueType.DECIMAL : valueType;
    }
}
