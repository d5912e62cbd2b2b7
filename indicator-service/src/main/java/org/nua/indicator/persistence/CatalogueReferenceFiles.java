package org.nua.indicator.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.nua.indicator.domain.CatalogueSeed;
import org.nua.indicator.domain.CatalogueSeed.SeedCode;
import org.nua.indicator.domain.CatalogueSeed.SeedDimension;
import org.nua.indicator.domain.CatalogueSeed.SeedFramework;
import org.nua.indicator.domain.CatalogueSeed.SeedGoal;
import org.nua.indicator.domain.CatalogueSeed.SeedIndicator;
import org.nua.indicator.domain.CatalogueSeed.SeedTarget;
import org.nua.indicator.domain.CatalogueSeed.SeedUnit;
import org.nua.indicator.domain.DesiredDirection;
import org.nua.indicator.domain.IndicatorDefinition;
import org.nua.indicator.domain.IndicatorStatus;
import org.nua.indicator.domain.Series;
import org.nua.indicator.domain.TranslationSource;
import org.nua.indicator.domain.ValueType;

/**
 * Builds the catalogue's seed from the reference files shipped with the service (copied at build time from
 * deploy/data, whose PROVENANCE.md names every source). Nothing here is a typed-in value: titles, series,
 * units, tiers, aliases, directions and targets all come from the files; the rules that turn them into the
 * catalogue's shape are the methods below, each saying what it assumes.
 */
@ApplicationScoped
public class CatalogueReferenceFiles {

    static final String SDG = "SDG";
    static final String WDI = "WDI";
    static final String KAZ = "KAZ";
    static final String PROJECT = "PROJECT";

    private static final String DIR = "reference/";
    /** Language columns of the Open SDG translation files, and the language tags we use for them. */
    private static final Map<String, String> LANGUAGES = new LinkedHashMap<>();
    /** Per the provenance notes, UN-published machine-readable titles exist for these; the rest are community. */
    private static final Set<String> OFFICIAL_LANGUAGES = Set.of("en", "es", "fr", "zh");
    private static final String STATCAN = "Statistics Canada, Open SDG progress methodology (a national convention)";
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");
    private static final Pattern PERCENT_TARGET = Pattern.compile("(\\d+(?:\\.\\d+)?)%");
    private static final Pattern SCORE_TARGET = Pattern.compile("Score\\s*≥\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern SDG_CODE = Pattern.compile("\\d{1,2}\\.[0-9a-z]{1,2}\\.\\d{1,2}");

    static {
        LANGUAGES.put("en", "en");
        LANGUAGES.put("ar", "ar");
        LANGUAGES.put("es", "es");
        LANGUAGES.put("fr", "fr");
        LANGUAGES.put("ru", "ru");
        LANGUAGES.put("zh-Hans", "zh");
        LANGUAGES.put("kk", "kk");
        LANGUAGES.put("km", "km");
    }

    public CatalogueSeed load() {
        List<CSVRecord> reference = read("sdg11_indicators_reference.csv");
        List<CSVRecord> apiSeries = read("sdg11_un_api_series_2022Q1.csv");
        List<CSVRecord> catalogue = read("unsd_sdg11_series_catalogue.csv");
        List<CSVRecord> values = new ArrayList<>(read("unsd_sdg11_series_9countries.csv"));
        values.addAll(read("unsd_nua_related_series_9countries.csv"));
        Map<String, CSVRecord> directions = read("progress_targets_directions_gif_statcan_opensdg.csv").stream()
            .collect(Collectors.toMap(r -> r.get("indicator"), Function.identity(), (a, b) -> a));

        UnitCatalogue units = new UnitCatalogue(values);
        List<SeedIndicator> indicators = new ArrayList<>();
        indicators.addAll(sdg11Indicators(reference, apiSeries, catalogue, values, directions, units));
        indicators.addAll(nuaRelatedIndicators(values, directions, units));
        indicators.addAll(worldBankIndicators(units));
        indicators.addAll(kazakhstanIndicators(reference, units));

        return new CatalogueSeed(frameworks(), goals(), targets(reference), units.seed(), dimensions(values),
            indicators);
    }

    private static List<SeedFramework> frameworks() {
        return List.of(
            new SeedFramework(SDG, Map.of("en", "Sustainable Development Goals: global indicator framework"),
                "United Nations Statistical Commission (IAEG-SDGs)"),
            new SeedFramework(WDI, Map.of("en", "World Development Indicators: urban development"), "World Bank"),
            new SeedFramework(KAZ, Map.of("en", "Kazakhstan: national SDG indicators"),
                "Bureau of National Statistics of Kazakhstan"),
            new SeedFramework(PROJECT, Map.of("en", "NUA Observatory: indicators of the project's own"),
                "NUA Observatory catalogue editors"));
    }

    private List<SeedGoal> goals() {
        Map<String, String> names = new TreeMap<>();
        Map<String, String> shortNames = new TreeMap<>();
        for (CSVRecord r : read("sdg11_goal_titles.csv")) {
            String language = LANGUAGES.getOrDefault(r.get("language"), r.get("language"));
            names.put(language, r.get("title"));
            shortNames.put(language, r.get("short"));
        }
        return List.of(new SeedGoal(SDG, "11", names, shortNames));
    }

    private static List<SeedTarget> targets(List<CSVRecord> reference) {
        Map<String, SeedTarget> targets = new LinkedHashMap<>();
        for (CSVRecord r : reference) {
            targets.computeIfAbsent(r.get("target"), code -> new SeedTarget(SDG, code, r.get("goal"),
                titles(r, "target_title_")));
        }
        return List.copyOf(targets.values());
    }

    /** The sixteen SDG 11 indicators with their titles, series, units, tiers, aliases, directions and targets. */
    private static List<SeedIndicator> sdg11Indicators(List<CSVRecord> reference, List<CSVRecord> apiSeries,
                                                       List<CSVRecord> catalogue, List<CSVRecord> values,
                                                       Map<String, CSVRecord> directions, UnitCatalogue units) {
        Map<String, List<Series>> seriesByIndicator = seriesOfSdg11(apiSeries, catalogue, units);
        Map<String, Set<String>> aliases = aliases(catalogue);
        List<SeedIndicator> seeded = new ArrayList<>();
        for (CSVRecord r : reference) {
            String code = r.get("indicator");
            Map<String, String> names = titles(r, "indicator_title_");
            Map<String, TranslationSource> sources = new TreeMap<>();
            names.keySet().forEach(l -> sources.put(l, OFFICIAL_LANGUAGES.contains(l)
                ? TranslationSource.OFFICIAL : TranslationSource.COMMUNITY));
            Map<String, String> descriptions = new TreeMap<>();
            if (!r.get("un_api_2022Q1_description").isBlank()) {
                descriptions.put("en", r.get("un_api_2022Q1_description"));
                // 11.5.3 came with the 2020 review and has no translated title yet: the UN's text names it
                names.putIfAbsent("en", r.get("un_api_2022Q1_description"));
                sources.putIfAbsent("en", TranslationSource.OFFICIAL);
            }
            List<Series> series = seriesByIndicator.getOrDefault(code, List.of());
            String unit = series.isEmpty() ? units.fromTitle(names.get("en")) : mostCommonUnit(series);
            Direction direction = Direction.of(directions.get(code));
            String tier = !r.get("un_api_2022Q1_tier").isBlank() ? r.get("un_api_2022Q1_tier")
                : blankToNull(r.get("tier_as_recorded_by_kazstat"));
            // The 2020 comprehensive review removed 11.c.1: it is in the translations but not in the UN's list.
            IndicatorStatus status = "no".equals(r.get("in_un_api_2022Q1")) ? IndicatorStatus.RETIRED
                : IndicatorStatus.ACTIVE;
            seeded.add(new SeedIndicator(code, status, new IndicatorDefinition(SDG, r.get("goal"), r.get("target"),
                names, sources, descriptions, unit, ValueType.DECIMAL, direction.direction(), direction.source(),
                units.min(unit), units.max(unit), direction.target(), direction.target() == null ? null : 2030,
                direction.target() == null ? null : direction.source(), direction.source() != null,
                blankToNull(r.get("custodian_agency_as_recorded_by_kazstat")), tier, Set.of(),
                aliases.getOrDefault(code, Set.of()), series, dimensionsOf(series, values), Set.of())));
        }
        return seeded;
    }

    /**
     * Each series once, under the indicator the UN's 2022 list gives it (the newest), else under the one of the
     * 2020 database extract.
     */
    private static Map<String, List<Series>> seriesOfSdg11(List<CSVRecord> apiSeries, List<CSVRecord> catalogue,
                                                           UnitCatalogue units) {
        Map<String, String> owner = new LinkedHashMap<>();
        Map<String, Series> series = new LinkedHashMap<>();
        for (CSVRecord r : apiSeries) {
            String code = r.get("series_code");
            if (code.isBlank() || owner.containsKey(code)) {
                continue;
            }
            owner.put(code, r.get("indicator"));
            series.put(code, units.series(code, r.get("series_description"), r.get("series_release")));
        }
        for (CSVRecord r : catalogue) {
            String code = r.get("series_code");
            String indicator = Arrays.stream(r.get("sdg_indicators").split(",")).map(String::trim)
                .filter(c -> c.startsWith("11.")).findFirst().orElse(null);
            if (indicator != null && !owner.containsKey(code)) {
                owner.put(code, indicator);
                series.put(code, units.series(code, r.get("series_description"), null));
            }
        }
        Map<String, List<Series>> byIndicator = new TreeMap<>();
        owner.forEach((code, indicator) -> byIndicator.computeIfAbsent(indicator, i -> new ArrayList<>())
            .add(series.get(code)));
        return byIndicator;
    }

    /** Codes other than SDG 11's under which a series' indicator is also known (11.5.1 = 1.5.1 = 13.1.1). */
    private static Map<String, Set<String>> aliases(List<CSVRecord> catalogue) {
        Map<String, Set<String>> aliases = new TreeMap<>();
        Map<String, String> taken = new HashMap<>();
        for (CSVRecord r : catalogue) {
            List<String> codes = Arrays.stream(r.get("sdg_indicators").split(",")).map(String::trim).toList();
            String main = codes.stream().filter(c -> c.startsWith("11.")).findFirst().orElse(null);
            if (main == null) {
                continue;
            }
            for (String alias : codes) {
                if (alias.startsWith("11.") || !taken.getOrDefault(alias, main).equals(main)) {
                    continue; // one alias names one indicator only
                }
                taken.put(alias, main);
                aliases.computeIfAbsent(main, m -> new TreeSet<>()).add(alias);
            }
        }
        return aliases;
    }

    /** SDG indicators outside goal 11 whose series the data set carries for New Urban Agenda basic services. */
    private static List<SeedIndicator> nuaRelatedIndicators(List<CSVRecord> values, Map<String, CSVRecord> directions,
                                                            UnitCatalogue units) {
        Map<String, List<CSVRecord>> bySeries = values.stream()
            .filter(r -> Arrays.stream(r.get("sdg_indicators").split(",")).map(String::trim)
                .noneMatch(c -> c.startsWith("11.")))
            .collect(Collectors.groupingBy(r -> r.get("series_code"), TreeMap::new, Collectors.toList()));
        Map<String, List<Series>> series = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (List<CSVRecord> rows : bySeries.values()) {
            CSVRecord first = rows.get(0);
            String code = first.get("sdg_indicators").split(",")[0].trim();
            if (!SDG_CODE.matcher(code).matches()) {
                continue;
            }
            Series s = units.series(first.get("series_code"), first.get("series_description"), null);
            series.computeIfAbsent(code, c -> new ArrayList<>()).add(s);
            names.putIfAbsent(code, withoutUnit(first.get("series_description")));
        }
        List<SeedIndicator> seeded = new ArrayList<>();
        series.forEach((code, list) -> {
            Direction direction = Direction.of(directions.get(code));
            String unit = mostCommonUnit(list);
            seeded.add(new SeedIndicator(code, IndicatorStatus.ACTIVE, new IndicatorDefinition(SDG, null, null,
                Map.of("en", names.get(code)), Map.of("en", TranslationSource.OFFICIAL),
                Map.of(), unit, ValueType.DECIMAL, direction.direction(), direction.source(), units.min(unit),
                units.max(unit), direction.target(), direction.target() == null ? null : 2030,
                direction.target() == null ? null : direction.source(), direction.source() != null, null, null,
                Set.of(), Set.of(), list, dimensionsOf(list, values), Set.of())));
        });
        return seeded;
    }

    /** The World Bank's urban development series, each its own indicator of the WDI framework. */
    private List<SeedIndicator> worldBankIndicators(UnitCatalogue units) {
        Map<String, Set<String>> related = new TreeMap<>();
        for (CSVRecord r : read("wdi_sdg_mapping.csv")) {
            related.computeIfAbsent(r.get("wdi_indicator_code"), c -> new TreeSet<>()).add(r.get("sdg_indicator"));
        }
        List<SeedIndicator> seeded = new ArrayList<>();
        for (CSVRecord r : read("wdi_urban_development_indicator_metadata.csv")) {
            String name = r.get("indicator_name");
            String unit = units.fromWorldBankName(name);
            Map<String, String> descriptions = r.get("source_note").isBlank() ? Map.of()
                : Map.of("en", r.get("source_note"));
            seeded.add(new SeedIndicator(r.get("indicator_code"), IndicatorStatus.ACTIVE, new IndicatorDefinition(
                WDI, null, null, Map.of("en", name), Map.of("en", TranslationSource.OFFICIAL), descriptions, unit,
                ValueType.DECIMAL, null, null, units.min(unit), units.max(unit), null, null, null, false,
                blankToNull(r.get("source_organization")), null, Set.of(), Set.of(), List.of(), Set.of(),
                related.getOrDefault(r.get("indicator_code"), Set.of()))));
        }
        return seeded;
    }

    /** Kazakhstan's national indicators, with their titles and the global indicator each one serves. */
    private List<SeedIndicator> kazakhstanIndicators(List<CSVRecord> reference, UnitCatalogue units) {
        Map<String, Set<String>> kazakhstanDimensions = kazakhstanDimensions(read(KAZSTAT_DATA));
        Map<String, CSVRecord> global = reference.stream()
            .collect(Collectors.toMap(r -> r.get("indicator"), Function.identity()));
        List<SeedIndicator> seeded = new ArrayList<>();
        for (CSVRecord r : read("kazstat_national_sdg11_metadata.csv")) {
            if (!"complete".equals(r.get("reporting_status"))) {
                continue; // not started: no title, no unit, no data to describe
            }
            String globalCode = r.get("indicator_number").replaceAll("^(\\d+\\.[0-9a-z]+\\.\\d+).*$", "$1");
            Map<String, String> names = new TreeMap<>();
            Map<String, TranslationSource> sources = new TreeMap<>();
            for (String language : List.of("en", "ru", "kk")) {
                String title = r.get("national_title_" + language);
                if (!title.isBlank()) {
                    names.put(language, title);
                    sources.put(language, TranslationSource.NATIONAL);
                }
            }
            if (!names.containsKey("en") && global.containsKey(globalCode)) {
                // No national English title: the global indicator's, which the national one reports on.
                names.put("en", global.get(globalCode).get("indicator_title_en"));
                sources.put("en", TranslationSource.OFFICIAL);
            }
            String unit = units.fromKazakhstan(r.get("computation_units"));
            seeded.add(new SeedIndicator(r.get("national_indicator_id"), IndicatorStatus.ACTIVE,
                new IndicatorDefinition(KAZ, null, null, names, sources, Map.of(), unit, ValueType.DECIMAL, null,
                    null, units.min(unit), units.max(unit), null, null, null, false,
                    blankToNull(r.get("un_custodian_agency")), blankToNull(r.get("un_designated_tier")), Set.of(),
                    Set.of(), List.of(), kazakhstanDimensions.getOrDefault(r.get("national_indicator_id"),
                        Set.of("NATURE")), Set.of(globalCode))));
        }
        return seeded;
    }

    /**
     * What Kazstat breaks each national indicator down by, from its data: sub-national areas (REF_AREA, the
     * platform's oblast, city and station codes) and urban/rural (LOCATION).
     */
    private Map<String, Set<String>> kazakhstanDimensions(List<CSVRecord> data) {
        Map<String, Set<String>> dimensions = new TreeMap<>();
        for (CSVRecord r : data) {
            Set<String> of = dimensions.computeIfAbsent(r.get("national_indicator_id"),
                c -> new TreeSet<>(Set.of("NATURE")));
            if (!r.get("ref_area_code").isBlank()) {
                of.add("REF_AREA");
            }
            if (!r.get("urbanisation_code").isBlank()) {
                of.add("LOCATION");
            }
        }
        return dimensions;
    }

    private static final String KAZSTAT_DATA = "kazstat_national_sdg11_KAZ.csv";

    /**
     * LOCATION and CITY from what the data carries, NATURE for everything (the UN database's nature codes), and
     * REF_AREA, the sub-national areas Kazstat reports on.
     */
    private List<SeedDimension> dimensions(List<CSVRecord> values) {
        List<SeedCode> locations = values.stream().map(r -> r.get("location")).filter(l -> !l.isBlank())
            .map(l -> l.toUpperCase(Locale.ROOT)).distinct().sorted()
            .map(l -> new SeedCode(l, Map.of("en", l))).toList();
        Set<String> natures = new TreeSet<>(List.of("C", "CA", "E", "G", "M", "N"));
        values.forEach(r -> natures.add(r.get("nature").toUpperCase(Locale.ROOT)));
        List<SeedCode> cities = read("wup2018_cities_over_300k_9countries.csv").stream()
            .map(r -> new SeedCode(r.get("city_code"), Map.of("en", r.get("urban_agglomeration_as_in_file")
                + ", " + r.get("iso3"))))
            .toList();
        return List.of(
            new SeedDimension("LOCATION", Map.of("en", "Location (urban, rural, all areas)"), locations),
            new SeedDimension("NATURE", Map.of("en", "Nature of the data"),
                natures.stream().filter(n -> !n.isBlank()).map(n -> new SeedCode(n, Map.of("en", n))).toList()),
            new SeedDimension("CITY", Map.of("en", "City (World Urbanization Prospects 2018 code)"), cities),
            new SeedDimension("REF_AREA", Map.of("en", "Sub-national area (as the national platform codes it)"),
                read(KAZSTAT_DATA).stream().filter(r -> !r.get("ref_area_code").isBlank())
                    .collect(Collectors.toMap(r -> r.get("ref_area_code"), r -> r.get("ref_area_en"), (a, b) -> a,
                        TreeMap::new))
                    .entrySet().stream().map(e -> new SeedCode(e.getKey(), Map.of("en", e.getValue()))).toList()));
    }

    private static Set<String> dimensionsOf(List<Series> series, List<CSVRecord> values) {
        Set<String> codes = series.stream().map(Series::code).collect(Collectors.toSet());
        Set<String> dimensions = new TreeSet<>(Set.of("NATURE"));
        for (CSVRecord r : values) {
            if (codes.contains(r.get("series_code"))) {
                if (!r.get("location").isBlank()) {
                    dimensions.add("LOCATION");
                }
                if (!r.get("cities").isBlank()) {
                    dimensions.add("CITY");
                }
            }
        }
        return dimensions;
    }

    private static String mostCommonUnit(List<Series> series) {
        Map<String, Long> counts = series.stream()
            .collect(Collectors.groupingBy(Series::unit, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }

    private static Map<String, String> titles(CSVRecord r, String prefix) {
        Map<String, String> titles = new TreeMap<>();
        LANGUAGES.forEach((column, language) -> {
            String value = r.get(prefix + column);
            if (value != null && !value.isBlank()) {
                titles.put(language, value.replace('\n', ' ').trim());
            }
        });
        return titles;
    }

    static String withoutUnit(String description) {
        Matcher m = TRAILING_PARENTHESES.matcher(description);
        return m.matches() ? m.group(1) : description;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<CSVRecord> read(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Reference file " + file + " is not on the classpath");
            }
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Statistics Canada's target or desired direction for an indicator, read as the Open SDG methodology
     * states it: "Increase"/"Decrease", a percentage to reach, or a minimum score.
     */
    record Direction(DesiredDirection direction, BigDecimal target, String source) {

        static Direction of(CSVRecord row) {
            if (row == null) {
                return new Direction(null, null, null);
            }
            String text = row.get("target_or_desired_direction").trim();
            Matcher percent = PERCENT_TARGET.matcher(text);
            Matcher score = SCORE_TARGET.matcher(text);
            if (text.equalsIgnoreCase("Increase")) {
                return new Direction(DesiredDirection.INCREASE, null, STATCAN);
            }
            if (text.equalsIgnoreCase("Decrease")) {
                return new Direction(DesiredDirection.DECREASE, null, STATCAN);
            }
            if (percent.matches()) {
                BigDecimal target = new BigDecimal(percent.group(1));
                // Reaching 0 % means falling; reaching any other share means rising towards it.
                return new Direction(target.signum() == 0 ? DesiredDirection.DECREASE : DesiredDirection.INCREASE,
                    target, STATCAN);
            }
            if (score.matches()) {
                return new Direction(DesiredDirection.INCREASE, new BigDecimal(score.group(1)), STATCAN);
            }
            return new Direction(null, null, null); // "Non-statistical" and the like: not assessed
        }
    }

    /**
     * The unit code list, built from the UN SDG database extract: its unit codes, each named by the text the
     * series descriptions put in parentheses; natural limits for shares (0-100) and for quantities that cannot
     * be negative (counts, money, concentrations: 0 and up).
     */
    static final class UnitCatalogue {

        private static final Set<String> NON_NEGATIVE = Set.of("NUMBER", "CU_USD", "CU_USD_M", "PER_100000_POP",
            "mgr/m^3");
        private final Map<String, String> codeByText = new HashMap<>();
        private final Map<String, String> seriesUnit = new HashMap<>();
        private final Map<String, String> names = new TreeMap<>();

        UnitCatalogue(List<CSVRecord> values) {
            for (CSVRecord r : values) {
                String code = r.get("units");
                seriesUnit.putIfAbsent(r.get("series_code"), code);
                Matcher m = TRAILING_PARENTHESES.matcher(r.get("series_description"));
                String text = m.matches() ? m.group(2) : code;
                codeByText.putIfAbsent(text, code);
                names.putIfAbsent(code, text);
            }
            codeByText.putIfAbsent("%", "PERCENT");
        }

        /** A series with the unit the data reports it in, else the unit its description names. */
        Series series(String code, String description, String release) {
            String unit = seriesUnit.get(code);
            if (unit == null) {
                Matcher m = TRAILING_PARENTHESES.matcher(description);
                unit = m.matches() ? register(m.group(2)) : "NUMBER";
            }
            return new Series(code, withoutUnit(description), unit, blankToNull(release));
        }

        /** For an indicator without series, the unit its title implies: a proportion is a percentage. */
        String fromTitle(String title) {
            String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
            if (t.startsWith("proportion") || t.startsWith("average share") || t.startsWith("percentage")) {
                return "PERCENT";
            }
            if (t.startsWith("ratio")) {
                return register("ratio");
            }
            return "NUMBER";
        }

        /** WDI names end with the unit in parentheses: "(% of urban population)" is a percentage. */
        String fromWorldBankName(String name) {
            Matcher m = TRAILING_PARENTHESES.matcher(name);
            if (!m.matches()) {
                return "NUMBER";
            }
            String text = m.group(2);
            return text.startsWith("% of") ? "PERCENT" : register(text);
        }

        /** Kazakhstan's unit codes: UNIT_MEASURE.PT is a percentage; the others are kept as they are written. */
        String fromKazakhstan(String code) {
            return "UNIT_MEASURE.PT".equals(code) ? "PERCENT" : register(code);
        }

        private String register(String text) {
            String code = codeByText.computeIfAbsent(text, t -> t);
            names.putIfAbsent(code, text);
            return code;
        }

        BigDecimal min(String unit) {
            return "PERCENT".equals(unit) || NON_NEGATIVE.contains(unit) ? BigDecimal.ZERO : null;
        }

        BigDecimal max(String unit) {
            return "PERCENT".equals(unit) ? BigDecimal.valueOf(100) : null;
        }

        List<SeedUnit> seed() {
            names.putIfAbsent("PERCENT", "%");
            return names.entrySet().stream().sorted(Comparator.comparing(Map.Entry::getKey))
                .map(e -> new SeedUnit(e.getKey(), Map.of("en", e.getValue()), min(e.getKey()), max(e.getKey())))
                .toList();
        }
    }
}
