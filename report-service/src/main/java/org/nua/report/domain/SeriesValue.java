package org.nua.report.domain;

import java.math.BigDecimal;

/** One national value of a series. */
public record SeriesValue(String countryCode, int year, BigDecimal value) {
}
