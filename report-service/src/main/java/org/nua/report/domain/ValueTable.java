package org.nua.report.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One indicator's values for the chosen countries and years: a country-by-year table in which a missing value
 * stays an empty cell, so gaps are as visible as data. Countries come in the order asked for.
 *
 * @param years the years that have at least one value, ascending
 */
public record ValueTable(IndicatorView indicator, String seriesCode, String disaggregation, int from, int to,
                         List<Integer> years,
                         List<Row> rows, List<ComparisonSummary.Warning> warnings) {

    /** One country's values by year (only the years it has). */
    public record Row(CountryView country, Map<Integer, Cell> values) {
    }

    public record Cell(BigDecimal value, String nature) {
    }
}
