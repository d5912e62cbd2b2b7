package org.nua.indicator.domain;

/**
 * Filters of a catalogue listing; null means "any".
 *
 * @param text words to find in the code, an alias or a name in any language (diacritics and case ignored)
 */
public record IndicatorQuery(String framework, String goal, String target, Priority priority, IndicatorStatus status,
                             String text) {
}
