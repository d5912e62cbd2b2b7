package org.nua.country.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.nua.country.domain.CountryReference;

/**
 * Reads the countries' reference data shipped with the service (copied at build time from deploy/data, where
 * PROVENANCE.md names the sources): codes and M49 regions from the ISO/M49 table, names in the UN languages
 * plus Kazakh and Khmer from the Unicode CLDR.
 */
@ApplicationScoped
public class CountryReferenceFiles {

    static final String COUNTRIES = "reference/country_reference_9countries.csv";
    static final String NAMES = "reference/country_names_cldr_jdk17.csv";

    /** CLDR column to language tag. */
    private static final Map<String, String> NAME_COLUMNS = Map.of(
        "name_en", "en", "name_ar", "ar", "name_es", "es", "name_fr", "fr", "name_ru", "ru", "name_zh", "zh",
        "name_kk", "kk", "name_km", "km");

    public List<CountryReference> load() {
        Map<String, CSVRecord> names = read(NAMES).stream()
            .collect(Collectors.toMap(r -> r.get("iso3"), Function.identity()));
        return read(COUNTRIES).stream().map(r -> {
            CSVRecord cldr = names.get(r.get("iso3"));
            if (cldr == null) {
                throw new IllegalStateException("No CLDR names for " + r.get("iso3") + " in " + NAMES);
            }
            Map<String, String> byLanguage = new LinkedHashMap<>();
            NAME_COLUMNS.forEach((column, language) -> byLanguage.put(language, cldr.get(column)));
            return new CountryReference(r.get("iso3"), r.get("iso2"), r.get("iso_numeric_m49"), byLanguage,
                r.get("official_name_en"), r.get("m49_region"), r.get("m49_region_code"), r.get("m49_sub_region"),
                r.get("m49_sub_region_code"), blankToNull(r.get("capital")));
        }).toList();
    }

    private static List<CSVRecord> read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Reference file " + resource + " is not on the classpath");
            }
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
