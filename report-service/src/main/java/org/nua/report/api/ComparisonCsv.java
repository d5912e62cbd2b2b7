package org.nua.report.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.nua.platform.http.CsvCells;

/** A comparison as CSV (RFC 4180): one row per country, in the order of the JSON answer. */
final class ComparisonCsv {

    static final String MEDIA_TYPE = "text/csv";

    private ComparisonCsv() {
    }

    static String write(ComparisonResponse comparison) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
            .setHeader("rank", "country_code", "country_name", "value", "year", "nature", "source").get())) {
            for (ComparisonResponse.CountryValue c : comparison.countries()) {
                csv.printRecord(c.rank(), c.countryCode(), c.countryName(),
                    c.value() == null ? null : c.value().toPlainString(), c.year(), c.nature(),
                    CsvCells.text(c.source()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A value table as CSV, wide as in a spreadsheet: one row per country, one column per year. */
    static String write(ValueTableResponse table) {
        StringWriter out = new StringWriter();
        List<String> header = new ArrayList<>(List.of("country_code", "country_name"));
        table.years().forEach(y -> header.add(Integer.toString(y)));
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
            .get())) {
            for (ValueTableResponse.CountryValues country : table.countries()) {
                List<String> record = new ArrayList<>(List.of(country.countryCode(), country.countryName()));
                for (int year : table.years()) {
                    record.add(country.values().stream().filter(v -> v.year() == year).findFirst()
                        .map(v -> v.value().toPlainString()).orElse(null));
                }
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
