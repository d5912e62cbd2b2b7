package org.nua.indicator.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Picks, from names by language, the one the client prefers (Accept-Language), falling back to English. */
final class Languages {

    static final String FALLBACK = "en";

    private Languages() {
    }

    /** The language tag that will be used for these names. */
    static String pick(Map<String, String> names, List<Locale> preferred) {
        for (Locale locale : preferred) {
            if (names.containsKey(locale.toLanguageTag())) {
                return locale.toLanguageTag();
            }
            if (names.containsKey(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return FALLBACK;
    }

    static String name(Map<String, String> names, List<Locale> preferred) {
        return names.get(pick(names, preferred));
    }
}
