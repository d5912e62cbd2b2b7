package org.nua.report.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator across the countries: every country appears, ranked first by the desired direction, then
 * those without a value (rank and value null), so a gap in the data is as visible as a value.
 *
 * @param disaggregation the breakdown compared (canonical, such as LOCATION=URBAN), empty for national totals
 * @param year  the requested year, or null for each country's latest
 * @param rows  ranked countries first, then countries without data, each group by country code
 */
public record Comparison(IndicatorView indicator, String seriesCode, String disaggregation, Integer year,
                         List<Row> rows) {

    /** Statistics, regional means and comparability warnings of these rows. */
    public ComparisonSummary summary() {
        return ComparisonSummary.of(rows);
    }

    /** One country's place in the comparison; value, year and rank are null when it has no data. */
    public record Row(CountryView country, Integer rank, BigDecimal value, Integer year, String nature, String source) {
    }
}
