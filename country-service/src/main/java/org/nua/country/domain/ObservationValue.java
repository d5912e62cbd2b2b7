package org.nua.country.domain;

import java.math.BigDecimal;

/**
 * What a revision of an observation says. Values compare by number, not scale: 15.80 and 15.8 are one value,
 * so resubmitting the same figure is not a revision.
 */
public record ObservationValue(BigDecimal value, String unit, String nature, String source) {

    public ObservationValue {
        value = value.stripTrailingZeros();
    }
}
