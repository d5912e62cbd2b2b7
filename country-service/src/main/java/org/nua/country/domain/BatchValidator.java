package org.nua.country.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.nua.country.domain.BatchReport.RowIssue;

/**
 * Checks every row of a batch, in layers: each field's shape, then the row against the catalogue replica
 * (indicator, series, unit, dimensions, natural limits), the country's cities and agencies, the period, and
 * finally the batch as a whole (one row per natural key). Pure: what it needs of the database comes in as
 * arguments, so it is tested without one.
 */
public final class BatchValidator {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern SERIES = Pattern.compile("[A-Za-z0-9._-]{0,64}");
    private static final Set<String> NATURES = Set.of("C", "CA", "E", "G", "M", "N");
    /** The UN SDG database writes "not specified" where it has no nature. */
    private static final Set<String> UNSPECIFIED_NATURES = Set.of("NOTSPEC", "_Z", "");
    /** An observation's value, as ObservationRequest documents it (@Digits) for every format. */
    private static final int MAX_INTEGER_DIGITS = 40;
    private static final int MAX_DECIMAL_DIGITS = 20;
    /** Text beyond this cannot be a value of 60 digits, sign, point and exponent; it is refused unparsed. */
    private static final int MAX_NUMBER_LENGTH = 100;
    private static final int MAX_UNIT_MULTIPLIER = 15;
    /** Dimensions that are attributes or key fields of their own here, not part of the breakdown. */
    private static final Set<String> NOT_BREAKDOWNS = Set.of("NATURE", "CITY");

    /** The outcome: what to write, why the other rows cannot be, and what deserves a look without blocking. */
    public record Result(List<ObservationWrite> writes, List<RowIssue> errors, List<RowIssue> warnings) {
    }

    private final Country country;
    private final List<City> cities;
    private final String m49;
    private final Function<String, List<String>> indicatorsOfSeries;
    private final String agencyCode;
    private final Function<String, Optional<IndicatorReplica>> catalogue;
    private final int currentYear;
    private final Map<String, Optional<IndicatorReplica>> indicators = new HashMap<>();
    private final Map<String, List<String>> seriesIndicators = new HashMap<>();
    /** Every key validated so far: a validator checks one batch, whose rows may come in several chunks. */
    private final Map<ObservationKey, Integer> seen = new HashMap<>();

    /**
     * @param agencyCode  the submitting agency, already checked to be one of the country's; null if unknown
     * @param catalogue   the replica lookup; each code is looked up once per batch
     * @param indicatorsOfSeries the indicators listing a series, for rows (SDMX-CSV) that name only the series
     * @param currentYear observations are for years that have begun, never the future
     */
    public BatchValidator(Country country, String agencyCode, Function<String, Optional<IndicatorReplica>> catalogue,
                          Function<String, List<String>> indicatorsOfSeries, int currentYear) {
        this.country = country;
        this.cities = country.toReference().cities();
        this.m49 = country.toReference().m49();
        this.indicatorsOfSeries = indicatorsOfSeries;
        this.agencyCode = agencyCode;
        this.catalogue = catalogue;
        this.currentYear = currentYear;
    }

    /** Validates the next rows of the batch; a row repeating the key of any row before it is a duplicate. */
    public Result validate(List<BatchRow> rows) {
        List<RowIssue> errors = new ArrayList<>();
        List<RowIssue> warnings = new ArrayList<>();
        List<ObservationWrite> writes = new ArrayList<>(rows.size());
        for (BatchRow row : rows) {
            int before = errors.size();
            ObservationWrite write = validate(row, errors, warnings);
            if (errors.size() == before && write != null) {
                Integer first = seen.putIfAbsent(write.key(), row.row());
                if (first != null) {
                    errors.add(new RowIssue(row.row(), "indicatorCode", "DUPLICATE_KEY", "Same observation (indicator, "
                        + "series, city, year and breakdown) as row " + first + "; a batch may hold each once."));
                } else {
                    writes.add(write);
                }
            }
        }
        return new Result(writes, errors, warnings);
    }

    private ObservationWrite validate(BatchRow r, List<RowIssue> errors, List<RowIssue> warnings) {
        int row = r.row();
        String rowCountry = r.countryCode() == null ? "" : r.countryCode().trim();
        if (!rowCountry.isEmpty() && !rowCountry.equalsIgnoreCase(country.code()) && !rowCountry.equals(m49)) {
            errors.add(new RowIssue(row, "countryCode", "COUNTRY_MISMATCH", "The row is for " + r.countryCode()
                + " but the batch is for " + country.code() + "."));
        }
        boolean withdraw = action(r, errors);
        String series = r.seriesCode() == null ? "" : r.seriesCode().trim();
        if (!SERIES.matcher(series).matches()) {
            errors.add(new RowIssue(row, "seriesCode", "INVALID_VALUE", "Not a series code."));
        }
        IndicatorReplica indicator = indicator(r, series, errors, warnings);
        Integer year = year(r, errors);
        String city = city(r, errors);
        Disaggregation disaggregation = disaggregation(r, indicator, errors);
        if (withdraw) {
            return year == null || indicator == null || city == null || disaggregation == null ? null
                : new ObservationWrite(row, new ObservationKey(country.code(), city, indicator.code(), series, year,
                    disaggregation), null);
        }
        BigDecimal value = value(r, errors);
        String unit = required(r, "unit", r.unit(), errors);
        String nature = nature(r, errors);
        String source = text(r, "source", r.source(), 500, errors);
        String footnote = text(r, "footnote", r.footnote(), 2000, errors);
        String status = status(r, errors);
        if (indicator != null && unit != null) {
            CatalogueCheck.check(Optional.of(indicator), indicator.code(), series, unit)
                .ifPresent(i -> errors.add(new RowIssue(row, i.field(), i.code(), i.message())));
        }
        if (indicator != null && value != null && !indicator.withinLimits(value)) {
            errors.add(new RowIssue(row, "value", "OUT_OF_RANGE", "The value " + value.toPlainString()
                + " lies outside the natural limits of " + indicator.code() + " (" + limits(indicator) + ")."));
        }
        if (indicator == null || year == null || value == null || unit == null || city == null
            || disaggregation == null) {
            return null;
        }
        return new ObservationWrite(row, new ObservationKey(country.code(), city, indicator.code(), series, year,
            disaggregation), new ObservationValue(value, unit, nature, source, footnote, status, agencyCode));
    }

    private static boolean action(BatchRow r, List<RowIssue> errors) {
        String action = r.action() == null ? "" : r.action().trim().toUpperCase(Locale.ROOT);
        return switch (action) {
            case "", "M", "MERGE", "I", "A", "R", "REPLACE" -> false;
            case "D", "DELETE", "W", "WITHDRAW" -> true;
            default -> {
                errors.add(new RowIssue(r.row(), "action", "INVALID_VALUE",
                    "Must be MERGE (SDMX M) or WITHDRAW (SDMX D)."));
                yield false;
            }
        };
    }

    /**
     * The catalogue indicator of the row. The UN SDG database lists every indicator a series serves ("1.5.1,
     * 11.5.1, 13.1.1"); the one whose catalogue entry lists the series is taken, an SDG 11 one first. When none
     * of them does but the catalogue files the series under another indicator of the same target (the UN moved
     * VC_DSR_BSDN from 11.5.2 to 11.5.3), the catalogue is followed and a warning says so. A row that names only
     * a series (SDMX-CSV) gets the indicator the catalogue files it under.
     */
    private IndicatorReplica indicator(BatchRow r, String series, List<RowIssue> errors, List<RowIssue> warnings) {
        String text = r.indicatorCode() == null || r.indicatorCode().isBlank() ? null : r.indicatorCode().trim();
        boolean hasSeries = !series.isEmpty() && SERIES.matcher(series).matches();
        if (text == null && !hasSeries) {
            errors.add(new RowIssue(r.row(), "indicatorCode", "MISSING_FIELD", "Required (or a series code that "
                + "identifies the indicator)."));
            return null;
        }
        List<String> listed = text == null ? List.of() : sdg11First(Arrays.stream(text.split(","))
            .map(String::trim).filter(c -> !c.isEmpty()).toList());
        if (text != null && (listed.isEmpty() || !listed.stream().allMatch(c -> CODE.matcher(c).matches()))) {
            errors.add(new RowIssue(r.row(), "indicatorCode", "INVALID_VALUE", "Not an indicator code."));
            return null;
        }
        Optional<String> chosen = listed.stream().filter(c -> reports(c, series)).findFirst();
        if (chosen.isEmpty() && hasSeries) {
            chosen = sdg11First(seriesIndicators.computeIfAbsent(series, indicatorsOfSeries)).stream()
                .filter(c -> reports(c, series))
                .filter(c -> listed.isEmpty() || listed.stream().anyMatch(l -> sameTarget(l, c))).findFirst();
            if (chosen.isPresent() && !listed.isEmpty()) {
                warnings.add(new RowIssue(r.row(), "indicatorCode", "SERIES_REASSIGNED", "The row files series "
                    + series + " under " + String.join(", ", listed) + "; the catalogue files it under "
                    + chosen.get() + ", where it is recorded."));
            }
        }
        if (chosen.isEmpty() && listed.isEmpty()) {
            errors.add(new RowIssue(r.row(), "seriesCode", "UNKNOWN_SERIES", "No catalogue indicator lists the "
                + "series '" + series + "'."));
            return null;
        }
        String code = chosen.orElseGet(() -> listed.stream().filter(c -> lookup(c).isPresent()).findFirst()
            .orElse(listed.get(0)));
        Optional<IndicatorReplica> indicator = lookup(code);
        if (indicator.isEmpty() || !indicator.get().acceptsObservations()) {
            String unit = r.unit() == null ? "" : r.unit().trim();
            CatalogueCheck.check(indicator, code, series, unit)
                .ifPresent(i -> errors.add(new RowIssue(r.row(), i.field(), i.code(), i.message())));
            return null;
        }
        return indicator.get();
    }

    /** Whether the indicator is active and takes values of this series (any, without one). */
    private boolean reports(String code, String series) {
        return lookup(code).map(i -> i.acceptsObservations() && i.unitOf(series).isPresent()).orElse(false);
    }

    private static final Pattern SDG_INDICATOR = Pattern.compile("(\\d{1,2}\\.[0-9a-z]{1,2})\\.\\d{1,2}");

    /** Whether two SDG indicator codes serve the same target (11.5.2 and 11.5.3 do); other codes never. */
    private static boolean sameTarget(String a, String b) {
        var ma = SDG_INDICATOR.matcher(a);
        var mb = SDG_INDICATOR.matcher(b);
        return ma.matches() && mb.matches() && ma.group(1).equals(mb.group(1));
    }

    private static List<String> sdg11First(List<String> codes) {
        return codes.stream().sorted(Comparator.comparing(c -> !c.startsWith("11."))).toList();
    }

    private Optional<IndicatorReplica> lookup(String code) {
        return indicators.computeIfAbsent(code, catalogue);
    }

    /** The city's code, "" for the country as a whole; null when the row names no city of this country. */
    private String city(BatchRow r, List<RowIssue> errors) {
        String text = r.cityCode() == null ? "" : r.cityCode().trim();
        if (text.isEmpty() || text.equalsIgnoreCase("NOCITI") || text.equals("_Z")) {
            return "";
        }
        Optional<City> city = text.length() <= 100 ? CityNames.resolve(cities, text)
            : Optional.empty();
        if (city.isEmpty()) {
            errors.add(new RowIssue(r.row(), "cityCode", "UNKNOWN_CITY", "'" + text + "' is not a city of "
                + country.code() + " (GET /api/v1/countries/" + country.code() + " lists them)."));
            return null;
        }
        return city.get().code();
    }

    private static Disaggregation disaggregation(BatchRow r, IndicatorReplica indicator, List<RowIssue> errors) {
        Map<String, String> breakdown = new LinkedHashMap<>();
        r.dimensions().forEach((k, v) -> {
            if (k == null || !NOT_BREAKDOWNS.contains(k.trim().toUpperCase(Locale.ROOT))) {
                breakdown.put(k, v);
            }
        });
        Disaggregation disaggregation;
        try {
            disaggregation = Disaggregation.of(breakdown);
        } catch (IllegalArgumentException e) {
            errors.add(new RowIssue(r.row(), "dimensions", "INVALID_VALUE", e.getMessage()));
            return null;
        }
        if (indicator != null) {
            for (String dimension : disaggregation.dimensions().keySet()) {
                if (!indicator.hasDimension(dimension)) {
                    errors.add(new RowIssue(r.row(), "dimensions", "UNKNOWN_DIMENSION", indicator.code()
                        + " is not broken down by " + dimension + " in the catalogue."));
                    return null;
                }
            }
        }
        return disaggregation;
    }

    private Integer year(BatchRow r, List<RowIssue> errors) {
        String text = required(r, "year", r.year(), errors);
        if (text == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(text);
            if (year < 1950) {
                errors.add(new RowIssue(r.row(), "year", "INVALID_VALUE", "Must be 1950 or later."));
                return null;
            }
            if (year > currentYear) {
                errors.add(new RowIssue(r.row(), "year", "FUTURE_PERIOD", "The year " + year + " has not begun; "
                    + "observations are for " + currentYear + " or earlier."));
                return null;
            }
            return year;
        } catch (NumberFormatException e) {
            errors.add(new RowIssue(r.row(), "year", "INVALID_VALUE", "Not a year: '" + text + "'."));
            return null;
        }
    }

    /**
     * The value, scaled by SDMX's UNIT_MULT when one came. Every bound is checked on the text and the exponent
     * before any digit is written out, so that a short cell cannot cost seconds of CPU or gigabytes of memory:
     * 1e2147483647 is twelve characters, and a UNIT_MULT of a million would make a number of a million digits.
     */
    private static BigDecimal value(BatchRow r, List<RowIssue> errors) {
        String text = required(r, "value", r.value(), errors);
        Integer power = unitMultiplier(r, errors);
        if (text == null || power == null) {
            return null;
        }
        if (text.length() > MAX_NUMBER_LENGTH) {
            errors.add(new RowIssue(r.row(), "value", "INVALID_VALUE", "Not a number of at most "
                + MAX_NUMBER_LENGTH + " characters: '" + abbreviate(text) + "'."));
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(new RowIssue(r.row(), "value", "INVALID_VALUE", "Not a number: '" + abbreviate(text) + "'."));
            return null;
        }
        long scale = (long) value.scale() - power;
        if ((long) value.precision() - scale > MAX_INTEGER_DIGITS || scale > MAX_DECIMAL_DIGITS) {
            errors.add(new RowIssue(r.row(), "value", "INVALID_VALUE", "At most " + MAX_INTEGER_DIGITS
                + " integer and " + MAX_DECIMAL_DIGITS + " decimal digits" + (power == 0 ? "" : " once scaled by "
                + "UNIT_MULT " + power) + "."));
            return null;
        }
        return value.movePointRight(power);
    }

    /** SDMX's UNIT_MULT: the value is in units of ten to that power; SDMX's CL_UNIT_MULT lists -15 to 15. */
    private static Integer unitMultiplier(BatchRow r, List<RowIssue> errors) {
        String text = r.unitMultiplier() == null ? "" : r.unitMultiplier().trim();
        if (text.isEmpty()) {
            return 0;
        }
        if (text.matches("[+-]?[0-9]{1,2}")) {
            int power = Integer.parseInt(text);
            if (Math.abs(power) <= MAX_UNIT_MULTIPLIER) {
                return power;
            }
        }
        errors.add(new RowIssue(r.row(), "unitMultiplier", "INVALID_VALUE", "UNIT_MULT must be a whole number "
            + "from -" + MAX_UNIT_MULTIPLIER + " to " + MAX_UNIT_MULTIPLIER + ", not '" + abbreviate(text) + "'."));
        return null;
    }

    private static String nature(BatchRow r, List<RowIssue> errors) {
        String nature = r.nature() == null ? "" : r.nature().trim().toUpperCase(Locale.ROOT);
        if (UNSPECIFIED_NATURES.contains(nature)) {
            return null;
        }
        if (!NATURES.contains(nature)) {
            errors.add(new RowIssue(r.row(), "nature", "INVALID_VALUE", "Must be one of C, CA, E, G, M, N."));
        }
        return nature;
    }

    private static String status(BatchRow r, List<RowIssue> errors) {
        String status = r.status() == null ? "" : r.status().trim().toUpperCase(Locale.ROOT);
        return switch (status) {
            case "", "FINAL", "A" -> ObservationValue.FINAL;
            case "PROVISIONAL", "P" -> ObservationValue.PROVISIONAL;
            default -> {
                errors.add(new RowIssue(r.row(), "status", "INVALID_VALUE",
                    "Must be FINAL or PROVISIONAL (SDMX OBS_STATUS A or P)."));
                yield null;
            }
        };
    }

    private static String text(BatchRow r, String field, String text, int max, List<RowIssue> errors) {
        String value = text == null || text.isBlank() ? null : text.trim();
        if (value != null && (value.length() > max || value.indexOf('\0') >= 0)) {
            errors.add(new RowIssue(r.row(), field, "INVALID_VALUE", "At most " + max + " characters, no NUL."));
        }
        return value;
    }

    private static String required(BatchRow r, String field, String text, List<RowIssue> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new RowIssue(r.row(), field, "MISSING_FIELD", "Required."));
            return null;
        }
        return text.trim();
    }

    private static String limits(IndicatorReplica i) {
        return (i.minValue() == null ? "no minimum" : "minimum " + i.minValue().toPlainString()) + ", "
            + (i.maxValue() == null ? "no maximum" : "maximum " + i.maxValue().toPlainString());
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
