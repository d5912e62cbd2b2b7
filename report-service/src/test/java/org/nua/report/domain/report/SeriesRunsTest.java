package org.nua.report.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.nua.report.domain.HistoricValue;

class SeriesRunsTest {

    private static HistoricValue value(String country, String indicator, String series, int year) {
        return new HistoricValue(country, indicator, series, year, BigDecimal.ONE, "PERCENT", null, null);
    }

    @Test
    void consecutiveValuesOfOneSeriesMakeOneRunAndAnyChangeOfKeyStartsTheNext() {
        List<HistoricValue> values = List.of(value("JOR", "11.1.1", "A", 2015), value("JOR", "11.1.1", "A", 2016),
            value("JOR", "11.1.1", "B", 2015), value("JOR", "11.2.1", "B", 2015), value("KAZ", "11.2.1", "B", 2015),
            value("KAZ", "11.2.1", "B", 2016));
        List<List<HistoricValue>> runs = new ArrayList<>();
        SeriesRuns.forEach(values.iterator(), runs::add);
        assertThat(runs).extracting(List::size).containsExactly(2, 1, 1, 2);
        assertThat(runs.get(3)).allMatch(v -> v.countryCode().equals("KAZ"));
    }

    @Test
    void noValuesMakeNoRun() {
        List<List<HistoricValue>> runs = new ArrayList<>();
        SeriesRuns.forEach(List.<HistoricValue>of().iterator(), runs::add);
        assertThat(runs).isEmpty();
    }
}
