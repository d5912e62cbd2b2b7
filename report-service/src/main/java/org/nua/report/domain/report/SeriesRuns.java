package org.nua.report.domain.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.nua.report.domain.HistoricValue;

/**
 * Cuts values that arrive ordered by country, indicator and series into one list per series, handing each on as
 * soon as it ends, so a report holds one series' values at a time rather than a country's whole history.
 */
final class SeriesRuns {

    private SeriesRuns() {
    }

    static void forEach(Iterator<HistoricValue> values, Consumer<List<HistoricValue>> series) {
        List<HistoricValue> run = new ArrayList<>();
        while (values.hasNext()) {
            HistoricValue v = values.next();
            if (!run.isEmpty() && !sameSeries(run.get(0), v)) {
                series.accept(run);
                run = new ArrayList<>();
            }
            run.add(v);
        }
        if (!run.isEmpty()) {
            series.accept(run);
        }
    }

    private static boolean sameSeries(HistoricValue a, HistoricValue b) {
        return a.countryCode().equals(b.countryCode()) && a.indicatorCode().equals(b.indicatorCode())
            && a.seriesCode().equals(b.seriesCode());
    }
}
