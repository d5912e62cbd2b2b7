package org.nua.report.domain;

import java.math.BigDecimal;

/** One national value as it stood at an instant, as a report reads it. */
public record HistoricValue(String countryCode, String indicatorCode, String seriesCode, int year,
                            BigDecimal value, String unit, String nature, String source) {
}
