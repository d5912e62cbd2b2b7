package org.nua.country.domain;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The breakdown an observation belongs to, such as {@code LOCATION=URBAN}: dimension code to dimension value
 * code. Totals are no breakdown at all, so {@code LOCATION=ALLAREA} and {@code SEX=BOTHSEX} are dropped and the
 * national total of an indicator is always the empty breakdown, whichever way a partner wrote it.
 */
public record Disaggregation(SortedMap<String, String> dimensions) {

    public static final Disaggregation NONE = new Disaggregation(new TreeMap<>());

    private static final Pattern DIMENSION = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    /** Codes may start with a digit or with an underscore, as SDMX totals (_T) do. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_][A-Z0-9_]{0,31}");
    /** Codes the UN SDG database uses for "all of the dimension", i.e. the total. */
    private static final Set<String> TOTALS = Set.of("ALLAREA", "BOTHSEX", "ALLAGE", "_T", "_Z");

    public Disaggregation {
        dimensions = Collections.unmodifiableSortedMap(new TreeMap<>(dimensions));
    }

    /**
     * Reads a breakdown as partners write it; codes are upper-cased, totals dropped.
     *
     * @throws IllegalArgumentException with a sentence for the partner when a code is malformed
     */
    public static Disaggregation of(Map<String, String> raw) {
        if (raw.isEmpty()) {
            return NONE;
        }
        SortedMap<String, String> dimensions = new TreeMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String dimension = e.getKey() == null ? "" : e.getKey().trim().toUpperCase(Locale.ROOT);
            String code = e.getValue() == null ? "" : e.getValue().trim().toUpperCase(Locale.ROOT);
            if (!DIMENSION.matcher(dimension).matches()) {
                throw new IllegalArgumentException("'" + e.getKey() + "' is not a dimension code.");
            }
            if (code.isEmpty()) {
                continue;
            }
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("'" + e.getValue() + "' is not a code of dimension " + dimension
                    + ".");
            }
            if (!TOTALS.contains(code)) {
                dimensions.put(dimension, code);
            }
        }
        return new Disaggregation(dimensions);
    }

    /** Parses the canonical text form, {@code LOCATION=URBAN;SEX=FEMALE}; empty text is no breakdown. */
    public static Disaggregation parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Map<String, String> raw = new TreeMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + pair + "' is not DIMENSION=CODE.");
            }
            if (raw.put(pair.substring(0, eq).trim().toUpperCase(Locale.ROOT), pair.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("Dimension " + pair.substring(0, eq) + " is given twice.");
            }
        }
        return of(raw);
    }

    /** The canonical text form, part of the natural key: sorted pairs, so equal breakdowns compare equal. */
    public String key() {
        return dimensions.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(";"));
    }

    public boolean isTotal() {
        return dimensions.isEmpty();
    }

    // Keys are hashed and compared by the hundred thousand in a batch, and nearly all are totals: an empty map
    // answers at once instead of iterating (the record's own methods would ask the map, which builds an iterator).
    @Override
    public int hashCode() {
        return dimensions.isEmpty() ? 0 : dimensions.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Disaggregation that && (dimensions.isEmpty() ? that.dimensions.isEmpty()
            : dimensions.equals(that.dimensions));
    }
}
