package org.nua.report.domain.progress;

import java.math.BigDecimal;

/** One observed value of a series. */
public record YearValue(int year, BigDecimal value) {
}
