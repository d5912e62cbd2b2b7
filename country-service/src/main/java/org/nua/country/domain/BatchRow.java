package org.nua.country.domain;

import java.math.BigDecimal;

/**
 * One row of a batch as the partner sent it, before validation: any field may be missing or malformed.
 *
 * @param row 1-based position in the batch (the data row of a CSV, not counting its header)
 */
public record BatchRow(int row, String countryCode, String indicatorCode, String seriesCode, String year,
                       String value, String unit, String nature, String source) {

    public static BatchRow of(int row, String countryCode, String indicatorCode, String seriesCode, Integer year,
                              BigDecimal value, String unit, String nature, String source) {
        return new BatchRow(row, countryCode, indicatorCode, seriesCode, year == null ? null : year.toString(),
            value == null ? null : value.toPlainString(), unit, nature, source);
    }
}
