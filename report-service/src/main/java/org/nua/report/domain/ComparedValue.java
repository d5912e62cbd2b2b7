package org.nua.report.domain;

import java.math.BigDecimal;

/** One country's value in a comparison, with its unit, nature and source. */
public record ComparedValue(String countryCode, int year, BigDecimal value, String unit, String nature,
                            String source) {
}
