package org.nua.report.api;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The breakdown parameter in the form country-service keys observations by: dimension=code pairs, upper case,
 * sorted by dimension and joined by ';' (so SEX=F;LOCATION=URBAN finds LOCATION=URBAN;SEX=F); TOTAL, or no
 * parameter, is the national total, stored as no breakdown.
 */
final class Breakdowns {

    /** What the parameter may look like; checked before {@link #canonical}. */
    static final String PATTERN = "TOTAL|[A-Za-z0-9_]+=[A-Za-z0-9_.-]+(;[A-Za-z0-9_]+=[A-Za-z0-9_.-]+)*";

    private Breakdowns() {
    }

    static String canonical(String parameter) {
        if (parameter == null || parameter.equals("TOTAL")) {
            return "";
        }
        return Arrays.stream(parameter.split(";"))
            .map(pair -> pair.toUpperCase(Locale.ROOT))
            .sorted(Comparator.comparing(pair -> pair.substring(0, pair.indexOf('='))))
            .collect(Collectors.joining(";"));
    }
}
