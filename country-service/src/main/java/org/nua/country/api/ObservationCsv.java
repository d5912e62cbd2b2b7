package org.nua.country.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.nua.country.domain.ObservationState;
import org.nua.platform.http.CsvCells;

/** Observations as CSV, in the columns a CSV batch takes, so a download can be edited and sent back as it is. */
final class ObservationCsv {

    static final String[] HEADER = {"country_code", "city_code", "indicator_code", "series_code", "year",
        "disaggregation", "value", "unit", "nature", "source", "footnote", "status"};

    private ObservationCsv() {
    }

    static String of(List<ObservationState> states) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (ObservationState s : states) {
                var k = s.key();
                var v = s.value();
                // Every text cell guarded: a partner's source or footnote is shown to anyone who downloads it.
                csv.printRecord(k.countryCode(), CsvCells.text(k.cityCode()), CsvCells.text(k.indicatorCode()),
                    CsvCells.text(k.seriesCode()), k.year(), k.disaggregation().key(), v.value().toPlainString(),
                    CsvCells.text(v.unit()), CsvCells.text(v.nature()), CsvCells.text(v.source()),
                    CsvCells.text(v.footnote()), CsvCells.text(v.status()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
