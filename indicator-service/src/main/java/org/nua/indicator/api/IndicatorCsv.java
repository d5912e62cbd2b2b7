package org.nua.indicator.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.nua.platform.http.CsvCells;

/** The catalogue listing as CSV (RFC 4180), one indicator per row, names in the requested language. */
final class IndicatorCsv {

    static final String MEDIA_TYPE = "text/csv";

    private static final String[] HEADER = {"code", "framework", "goal", "target", "name", "language", "status", "unit",
        "value_type", "desired_direction", "min_value", "max_value", "target_value", "target_year",
        "target_is_convention", "custodian_agency", "tier", "priorities", "aliases", "series", "dimensions", "version"};

    private IndicatorCsv() {
    }

    static String write(List<IndicatorResponse> indicators) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (IndicatorResponse i : indicators) {
                csv.printRecord(i.code(), i.framework(), i.goal(), i.target(), CsvCells.text(i.name()), i.language(),
                    i.status(), i.unit(), i.valueType(), i.desiredDirection(), plain(i.minValue()),
                    plain(i.maxValue()), plain(i.targetValue()), i.targetYear(), i.targetIsConvention(),
                    CsvCells.text(i.custodianAgency()), i.tier(), join(i.priorities()), join(i.aliases()),
                    join(i.series().stream().map(SeriesDto::code).toList()), join(i.dimensions()), i.version());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }


    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String join(List<?> values) {
        return values.stream().map(String::valueOf).reduce((a, b) -> a + " " + b).orElse("");
    }
}
