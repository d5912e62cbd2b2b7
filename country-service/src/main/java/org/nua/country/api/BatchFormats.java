package org.nua.country.api;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import org.nua.country.domain.BatchRow;
import org.nua.platform.http.CsvCells;

/**
 * Reads a batch in any of the formats partners have: our JSON, our CSV, the CSV the UN SDG database exports
 * (its API's column names, or the snake_case ones of its bulk files), and SDMX-CSV (1.0 and 2.0, the SDG data
 * structure's columns). CSV columns are matched by name, whatever their case, brackets or underscores.
 */
final class BatchFormats {

    static final String CSV = "text/csv";
    static final String SDMX_CSV = "application/vnd.sdmx.data+csv";

    /** JSON fields of a row. */
    static final Set<String> JSON_FIELDS = Set.of("countryCode", "cityCode", "indicatorCode", "seriesCode", "year",
        "value", "unit", "nature", "source", "footnote", "status", "disaggregation", "action");

    private enum Field { COUNTRY, CITY, INDICATOR, SERIES, YEAR, VALUE, UNIT, NATURE, SOURCE, FOOTNOTE, STATUS,
        DISAGGREGATION, ACTION, UNIT_MULT }

    /** Column names (normalised: lower case, letters and digits only) to the field they carry. */
    private static final Map<String, Field> COLUMNS = Map.ofEntries(
        Map.entry("countrycode", Field.COUNTRY), Map.entry("iso3", Field.COUNTRY),
        Map.entry("geoareacode", Field.COUNTRY), Map.entry("geoaream49", Field.COUNTRY),
        Map.entry("refarea", Field.COUNTRY),
        Map.entry("citycode", Field.CITY), Map.entry("city", Field.CITY), Map.entry("cities", Field.CITY),
        Map.entry("indicatorcode", Field.INDICATOR), Map.entry("sdgindicators", Field.INDICATOR),
        Map.entry("indicator", Field.INDICATOR),
        Map.entry("seriescode", Field.SERIES), Map.entry("series", Field.SERIES),
        Map.entry("year", Field.YEAR), Map.entry("timeperiod", Field.YEAR),
        Map.entry("value", Field.VALUE), Map.entry("obsvalue", Field.VALUE),
        Map.entry("unit", Field.UNIT), Map.entry("units", Field.UNIT), Map.entry("unitmeasure", Field.UNIT),
        Map.entry("nature", Field.NATURE),
        Map.entry("source", Field.SOURCE), Map.entry("sourcedetail", Field.SOURCE),
        Map.entry("footnote", Field.FOOTNOTE), Map.entry("commentobs", Field.FOOTNOTE),
        Map.entry("status", Field.STATUS), Map.entry("obsstatus", Field.STATUS),
        Map.entry("disaggregation", Field.DISAGGREGATION),
        Map.entry("action", Field.ACTION), Map.entry("unitmult", Field.UNIT_MULT));

    /** Breakdown columns (normalised name) to the dimension they give. */
    private static final Map<String, String> DIMENSIONS = Map.ofEntries(
        Map.entry("location", "LOCATION"), Map.entry("urbanisation", "LOCATION"), Map.entry("sex", "SEX"),
        Map.entry("age", "AGE"), Map.entry("incomewealthquantile", "INCOME_WEALTH_QUANTILE"),
        Map.entry("educationlev", "EDUCATION_LEV"), Map.entry("occupation", "OCCUPATION"),
        Map.entry("custbreakdown", "CUST_BREAKDOWN"), Map.entry("compositebreakdown", "COMPOSITE_BREAKDOWN"),
        Map.entry("disabilitystatus", "DISABILITY_STATUS"), Map.entry("activity", "ACTIVITY"),
        Map.entry("product", "PRODUCT"));

    /** SDMX's URBANISATION codes to the UN SDG database's LOCATION codes. */
    private static final Map<String, String> URBANISATION = Map.of("U", "URBAN", "R", "RURAL", "_T", "ALLAREA");

    /** Descriptive columns of the UN and SDMX exports that carry nothing the observation keeps. */
    private static final Set<String> DESCRIPTIVE = Set.of("seriesdescription", "geoareaname", "entitytype",
        "sourcefile", "otherdimensions", "goal", "target", "timedetail", "timecoverage", "upperbound", "lowerbound",
        "baseperiod", "geoinfourl", "reportingtype", "freq", "dataflow", "structure", "structureid",
        "structurename", "countryname", "indicatorname", "obsstatusname", "unitmeasurename");

    private static final String EXPECTED_JSON = "Expected an object with an \"observations\" array.";

    private BatchFormats() {
    }

    /** Reads a JSON batch element by element: the document is never one tree in memory. */
    static void fromJson(ObjectMapper json, byte[] body, Consumer<BatchRow> rows) {
        // Decimals as sent: a double would round a value's digits, and turn 1e400 into Infinity.
        ObjectReader reader = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        try (JsonParser parser = reader.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedBatchException(EXPECTED_JSON);
            }
            boolean observations = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (!field.equals("observations")) {
                    throw new MalformedBatchException("Unknown field '" + field + "'; only \"observations\" is taken.");
                }
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new MalformedBatchException(EXPECTED_JSON);
                }
                observations = true;
                int row = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    row++;
                    JsonNode node = reader.readTree(parser);
                    if (node == null || !node.isObject()) {
                        throw new MalformedBatchException("Row " + row + " is not an object.");
                    }
                    rows.accept(jsonRow(node, row));
                }
            }
            if (!observations) {
                throw new MalformedBatchException(EXPECTED_JSON);
            }
            if (parser.nextToken() != null) {
                throw new MalformedBatchException("The body holds more than one JSON value.");
            }
        } catch (IOException e) {
            throw new MalformedBatchException("The body is not valid JSON: " + (e instanceof JsonProcessingException j
                ? j.getOriginalMessage() : "it could not be read") + ".");
        }
    }

    private static BatchRow jsonRow(JsonNode node, int row) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!JSON_FIELDS.contains(name)) {
                throw new MalformedBatchException("Row " + row + " has an unknown field '" + name + "'.");
            }
        }
        Map<String, String> dimensions = new LinkedHashMap<>();
        JsonNode breakdown = node.path("disaggregation");
        if (!breakdown.isMissingNode() && !breakdown.isNull()) {
            if (!breakdown.isObject()) {
                throw new MalformedBatchException("Row " + row + ": disaggregation must be an object such as "
                    + "{\"LOCATION\": \"URBAN\"}.");
            }
            for (Map.Entry<String, JsonNode> e : breakdown.properties()) {
                if (!e.getValue().isTextual()) {
                    throw new MalformedBatchException("Row " + row + ": the code of disaggregation dimension '"
                        + e.getKey() + "' must be a string.");
                }
                dimensions.put(e.getKey(), e.getValue().textValue());
            }
        }
        return new BatchRow(row, text(node, row, "countryCode"), text(node, row, "cityCode"),
            text(node, row, "indicatorCode"), text(node, row, "seriesCode"), number(node, row, "year"),
            number(node, row, "value"), null, text(node, row, "unit"), text(node, row, "nature"),
            text(node, row, "source"), text(node, row, "footnote"), text(node, row, "status"), dimensions,
            text(node, row, "action"));
    }

    /** A text field of a JSON row: a string or null, as the single-observation request has it. */
    private static String text(JsonNode node, int row, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new MalformedBatchException("Row " + row + ": " + field + " must be a string.");
        }
        return value.textValue();
    }

    /**
     * A numeric field of a JSON row, as the text the validator reads: a string is reported on its row if it is
     * not a number, as a CSV cell is. Scientific notation keeps 1e2147483647 as short as it came; the validator
     * bounds it before any digit is written out.
     */
    private static String number(JsonNode node, int row, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue().toString();
        }
        if (!value.isTextual()) {
            throw new MalformedBatchException("Row " + row + ": " + field + " must be a number.");
        }
        return value.textValue();
    }

    /**
     * Reads a CSV batch record by record: neither the text nor its records are ever all in memory. What the rows
     * are handed to may throw what it likes; only the parser's own failures are the body's fault.
     */
    static void fromCsv(byte[] body, Consumer<BatchRow> rows) {
        CSVParser parser;
        try {
            parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(false).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get()
                .parse(strictUtf8(body));
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw notCsv(e);
        }
        try (parser) {
            read(parser, rows);
        } catch (IOException e) {
            throw notCsv(e);
        }
    }

    private static MalformedBatchException notCsv(Exception e) {
        if (causedBy(e, CharacterCodingException.class)) {
            return new MalformedBatchException("The body is not UTF-8 text; save the file as UTF-8 and send it again.");
        }
        // Commons CSV's messages name the line and the fault; its exception's class name is no use to anyone.
        Throwable reason = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return new MalformedBatchException("The body is not CSV with a header row: " + reason.getMessage());
    }

    /** The next record, or null after the last. */
    private static CSVRecord next(Iterator<CSVRecord> records) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw notCsv(e);
        }
    }

    private static void read(CSVParser parser, Consumer<BatchRow> rows) {
        List<String> header = parser.getHeaderNames();
        Map<String, Field> fields = new LinkedHashMap<>();
        Map<String, String> dimensions = new LinkedHashMap<>();
        Set<String> unknown = new TreeSet<>();
        for (String column : header) {
            String name = normalise(column);
            if (COLUMNS.containsKey(name)) {
                fields.put(column, COLUMNS.get(name));
            } else if (DIMENSIONS.containsKey(name)) {
                dimensions.put(column, DIMENSIONS.get(name));
            } else if (!DESCRIPTIVE.contains(name)) {
                unknown.add(column);
            }
        }
        if (!unknown.isEmpty()) {
            throw new MalformedBatchException("Unknown column(s) " + unknown + ". Columns are matched by name: "
                + "indicator_code, series_code, year, value, unit, and optionally country_code, city_code, nature, "
                + "source, footnote, status, disaggregation, action, or those of the UN SDG database and SDMX-CSV.");
        }
        if (!fields.containsValue(Field.YEAR)) {
            throw new MalformedBatchException("The header has no year (or TIME_PERIOD) column.");
        }
        int row = 0;
        Iterator<CSVRecord> records = parser.iterator();
        for (CSVRecord record = next(records); record != null; record = next(records)) {
            CSVRecord r = record;
            row++;
            Map<Field, String> values = new EnumMap<>(Field.class);
            fields.forEach((column, field) -> {
                // A download guards formula-like text with an apostrophe; the same file sent back means the same.
                String cell = r.isSet(column) ? CsvCells.unguarded(r.get(column).trim()) : "";
                if (!cell.isEmpty()) {
                    values.put(field, cell);
                }
            });
            Map<String, String> breakdown = new LinkedHashMap<>();
            dimensions.forEach((column, dimension) -> {
                String cell = r.isSet(column) ? r.get(column).trim() : "";
                if (normalise(column).equals("urbanisation")) {
                    cell = URBANISATION.getOrDefault(cell, cell);
                }
                if (!cell.isEmpty()) {
                    breakdown.put(dimension, cell);
                }
            });
            if (values.containsKey(Field.DISAGGREGATION)) {
                for (String pair : values.get(Field.DISAGGREGATION).split(";")) {
                    int eq = pair.indexOf('=');
                    breakdown.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
                }
            }
            rows.accept(new BatchRow(row, values.get(Field.COUNTRY), values.get(Field.CITY),
                values.get(Field.INDICATOR), values.get(Field.SERIES), values.get(Field.YEAR), values.get(Field.VALUE),
                values.get(Field.UNIT_MULT), values.get(Field.UNIT), values.get(Field.NATURE), values.get(Field.SOURCE),
                values.get(Field.FOOTNOTE), values.get(Field.STATUS), breakdown, values.get(Field.ACTION)));
        }
    }

    /**
     * The body as UTF-8 text, decoded as it is read and refused (a CharacterCodingException) where it is not
     * UTF-8: replacing what cannot be read would store U+FFFD instead. A byte order mark is skipped.
     */
    private static Reader strictUtf8(byte[] body) {
        boolean bom = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb
            && (body[2] & 0xff) == 0xbf;
        int start = bom ? 3 : 0;
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body, start, body.length - start),
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String column) {
        return column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
