package org.nua.report.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Picks the name in the client's preferred language, falling back to English, which every name has. */
final class Names {

    private Names() {
    }

    static String pick(Map<String, String> names, List<Locale> preferred) {
        for (Locale locale : preferred) {
            String name = names.get(locale.getLanguage());
            if (name != null) {
                return name;
            }
        }
        return names.get("en");
    }

    /** The language the response is labelled in: the first preferred one the names have, else English. */
    static String language(Map<String, String> names, List<Locale> preferred) {
        return preferred.stream().map(Locale::getLanguage).filter(names::containsKey).findFirst().orElse("en");
    }
}
