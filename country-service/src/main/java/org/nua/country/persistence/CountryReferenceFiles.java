package org.nua.country.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.nua.country.domain.City;
import org.nua.country.domain.CityNames;
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
    static final String CITIES = "reference/wup2018_cities_over_300k_9countries.csv";
    static final String WDI = "reference/wdi_urban_development_9countries.csv";
    static final String URBAN_POPULATION = "SP.URB.TOTL";
    static final String WUP_SOURCE = "UN World Urbanization Prospects 2018 (file F22), estimate for 2020";

    /** CLDR column to language tag. */
    private static final Map<String, String> NAME_COLUMNS = Map.of(
        "name_en", "en", "name_ar", "ar", "name_es", "es", "name_fr", "fr", "name_ru", "ru", "name_zh", "zh",
        "name_kk", "kk", "name_km", "km");

    public List<CountryReference> load() {
        Map<String, CSVRecord> names = read(NAMES).stream()
            .collect(Collectors.toMap(r -> r.get("iso3"), Function.identity()));
        Map<String, List<CSVRecord>> wup = read(CITIES).stream().collect(Collectors.groupingBy(r -> r.get("iso3")));
        Map<String, SortedMap<String, Long>> urbanPopulation = new HashMap<>();
        read(WDI).stream().filter(r -> r.get("indicator_code").equals(URBAN_POPULATION)).forEach(r ->
            urbanPopulation.computeIfAbsent(r.get("iso3"), k -> new TreeMap<>())
                .put(r.get("year"), new BigDecimal(r.get("value")).longValueExact()));
        return read(COUNTRIES).stream().map(r -> {
            CSVRecord cldr = names.get(r.get("iso3"));
            if (cldr == null) {
                throw new IllegalStateException("No CLDR names for " + r.get("iso3") + " in " + NAMES);
            }
            Map<String, String> byLanguage = new LinkedHashMap<>();
            NAME_COLUMNS.forEach((column, language) -> byLanguage.put(language, cldr.get(column)));
            return new CountryReference(r.get("iso3"), r.get("iso2"), r.get("iso_numeric_m49"), byLanguage,
                r.get("official_name_en"), r.get("m49_region"), r.get("m49_region_code"), r.get("m49_sub_region"),
                r.get("m49_sub_region_code"), blankToNull(r.get("capital")), split(r.get("languages"), ";"),
                nativeNames(r.get("native_names")), r.get("area_km2").isBlank() ? null : new BigDecimal(r.get("area_km2")),
                urbanPopulation.getOrDefault(r.get("iso3"), new TreeMap<>()),
                cities(wup.getOrDefault(r.get("iso3"), List.of()), blankToNull(r.get("capital"))));
        }).toList();
    }

    /**
     * WUP's agglomerations, the capital marked; a capital WUP does not list (Maseru, below 300,000) is added with
     * its population unknown, under the city code the UN SDG database gives it (the slug of its name).
     */
    private static List<City> cities(List<CSVRecord> wup, String capital) {
        List<City> cities = new ArrayList<>();
        boolean capitalFound = false;
        for (CSVRecord r : wup) {
            boolean isCapital = capital != null && CityNames.matches(r.get("urban_agglomeration_as_in_file"),
                CityNames.slug(capital));
            capitalFound |= isCapital;
            cities.add(new City(r.get("city_code"), r.get("urban_agglomeration_as_in_file"), isCapital,
                new BigDecimal(r.get("latitude")), new BigDecimal(r.get("longitude")),
                Math.toIntExact(Long.parseLong(r.get("pop_2020_thousands")) * 1000), WUP_SOURCE));
        }
        if (capital != null && !capitalFound) {
            cities.add(new City(CityNames.slug(capital), capital, true, null, null, null, null));
        }
        return cities;
    }

    private static List<String> split(String text, String separator) {
        return text == null || text.isBlank() ? List.of()
            : Arrays.stream(text.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** "eng:Kingdom of Lesotho | sot:Kingdom of Lesotho" to a map by language code. */
    private static Map<String, String> nativeNames(String text) {
        Map<String, String> names = new TreeMap<>();
        for (String entry : split(text, "\\|")) {
            int colon = entry.indexOf(':');
            if (colon > 0) {
                names.put(entry.substring(0, colon), entry.substring(colon + 1).trim());
            }
        }
        return names;
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
