package org.nua.country.domain;

import java.math.BigDecimal;

/**
 * What a revision of an observation says. Values compare by number, not scale: 15.80 and 15.8 are one value,
 * so resubmitting the same figure is not a revision.
 *
 * @param status     PROVISIONAL or FINAL
 * @param agencyCode the partner agency that submitted it, when known
 */
public record ObservationValue(BigDecimal value, String unit, String nature, String source, String footnote,
                               String status, String agencyCode) {

    public static final String FINAL = "FINAL";
    public static final String PROVISIONAL = "PROVISIONAL";

    public ObservationValue {
        value = value.stripTrailingZeros();
        status = status == null ? FINAL : status;
    }

    public static ObservationValue of(BigDecimal value, String unit, String nature, String source) {
        return new ObservationValue(value, unit, nature, source, null, FINAL, null);
    }
}
