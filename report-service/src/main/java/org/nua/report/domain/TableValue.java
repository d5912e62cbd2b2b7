package org.nua.report.domain;

import java.math.BigDecimal;

/** One national value of a value table, with its nature. */
public record TableValue(String countryCode, int year, BigDecimal value, String nature) {
}
