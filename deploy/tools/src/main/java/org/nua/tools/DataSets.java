package org.nua.tools;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The files of deploy/data that hold observations, cut into per-country uploads. The UN SDG database files go as
 * they are (the API reads their columns); the World Bank and Kazstat files are turned into our CSV columns, with
 * the unit the catalogue gives each indicator, since neither file carries a unit code the catalogue knows.
 */
final class DataSets {

    /** Uploads of one file, and the rows no country's upload can carry, with why. */
    record DataSet(String file, int rows, List<Upload> uploads, Map<String, Integer> skipped) {
    }

    static final List<String> OUR_COLUMNS = List.of("indicator_code", "series_code", "year", "value", "unit",
        "disaggregation", "source");

    private final Path directory;

    DataSets(Path directory) {
        this.directory = directory;
    }

    /** A UN SDG database extract: each country's rows, every column as exported. */
    DataSet unsd(String file) throws IOException {
        List<CSVRecord> records = read(file);
        List<String> header = records.isEmpty() ? List.of() : records.get(0).getParser().getHeaderNames();
        Map<String, List<List<String>>> byCountry = new TreeMap<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (CSVRecord r : records) {
            if (!r.get("entity_type").equals("country") || r.get("iso3").isBlank()) {
                skipped.merge("regional or world aggregate (" + r.get("entity_type") + "), not a country's data", 1,
                    Integer::sum);
                continue;
            }
            byCountry.computeIfAbsent(r.get("iso3"), c -> new ArrayList<>()).add(r.toList());
        }
        return dataSet(file, records.size(), header, byCountry, skipped);
    }

    /** The World Bank WDI extract: indicator codes are the catalogue's WDI codes; the unit is the catalogue's. */
    DataSet worldBank(String file, Function<String, String> unitOf) throws IOException {
        List<CSVRecord> records = read(file);
        Map<String, List<List<String>>> byCountry = new TreeMap<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (CSVRecord r : records) {
            if (!r.get("entity_type").equals("country")) {
                skipped.merge("aggregate (" + r.get("entity_type") + "), not a country's data", 1, Integer::sum);
                continue;
            }
            String unit = unitOf.apply(r.get("indicator_code"));
            byCountry.computeIfAbsent(r.get("iso3"), c -> new ArrayList<>()).add(List.of(r.get("indicator_code"), "",
                r.get("year"), r.get("value"), unit == null ? "" : unit, "",
                "World Bank World Development Indicators"));
        }
        return dataSet(file, records.size(), OUR_COLUMNS, byCountry, skipped);
    }

    /**
     * Kazstat's national SDG platform: national indicator codes, its series, and the area each value is for.
     * An area other than the national total is sent as a REF_AREA breakdown, urbanisation U/R as LOCATION.
     */
    DataSet kazstat(String file, Function<String, String> unitOf) throws IOException {
        List<CSVRecord> records = read(file);
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : records) {
            List<String> breakdown = new ArrayList<>();
            if (!r.get("ref_area_code").isBlank()) {
                breakdown.add("REF_AREA=" + r.get("ref_area_code"));
            }
            switch (r.get("urbanisation_code")) {
                case "U" -> breakdown.add("LOCATION=URBAN");
                case "R" -> breakdown.add("LOCATION=RURAL");
                default -> { }
            }
            String unit = unitOf.apply(r.get("national_indicator_id"));
            rows.add(List.of(r.get("national_indicator_id"), r.get("series_code"), r.get("year"), r.get("value"),
                unit == null ? "" : unit, String.join(";", breakdown), "Kazstat national SDG reporting platform"));
        }
        return dataSet(file, records.size(), OUR_COLUMNS, Map.of("KAZ", rows), Map.of());
    }

    private static DataSet dataSet(String file, int total, List<String> header, Map<String, List<List<String>>> rows,
                                   Map<String, Integer> skipped) {
        List<Upload> uploads = new ArrayList<>();
        rows.forEach((country, list) -> uploads.add(new Upload(file, country, header, list)));
        return new DataSet(file, total, uploads, skipped);
    }

    private List<CSVRecord> read(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(directory.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
