package org.nua.country.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a country's city by code or by name as partners write it: the UN SDG database, for one, names cities by
 * a slug of their English name ({@code sanjose}, {@code havana}). WUP's file replaced every non-ASCII letter by
 * {@code xxx} ({@code San Josxxx}), so such a letter matches any one letter; a name in parentheses
 * ({@code La Habana (Havana)}) is an alternative name.
 */
public final class CityNames {

    private static final String MANGLED_LETTER = "xxx";

    private CityNames() {
    }

    /** The city this code or name denotes, if exactly one of the country's cities fits it. */
    public static Optional<City> resolve(List<City> cities, String codeOrName) {
        for (City city : cities) {
            if (city.code().equalsIgnoreCase(codeOrName)) {
                return Optional.of(city);
            }
        }
        String slug = slug(codeOrName);
        if (slug.isEmpty()) {
            return Optional.empty();
        }
        List<City> matches = cities.stream().filter(c -> matches(c.name(), slug)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** Whether a name (as WUP wrote it) fits the slug of a name written elsewhere. */
    public static boolean matches(String name, String slug) {
        return namePatterns(name).stream().anyMatch(p -> p.matcher(slug).matches());
    }

    /** Lower-case ASCII letters and digits only, accents stripped: "San José" becomes "sanjose". */
    public static String slug(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static List<Pattern> namePatterns(String name) {
        List<String> variants = new ArrayList<>();
        variants.add(name);
        int open = name.indexOf('(');
        int close = name.lastIndexOf(')');
        if (open > 0 && close > open) {
            variants.add(name.substring(0, open));
            variants.add(name.substring(open + 1, close));
        }
        return variants.stream().map(CityNames::pattern).filter(p -> !p.pattern().isEmpty()).toList();
    }

    private static Pattern pattern(String variant) {
        String[] parts = variant.split(Pattern.quote(MANGLED_LETTER), -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("[a-z]");
            }
            String slug = slug(parts[i]);
            if (!slug.isEmpty()) {
                regex.append(Pattern.quote(slug));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
