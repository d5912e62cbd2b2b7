package org.nua.report.domain.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages reports are written in; Arabic is written right to left. */
public enum ReportLanguage {
    EN("en", false), AR("ar", true), ES("es", false), FR("fr", false), RU("ru", false);

    private final String tag;
    private final boolean rightToLeft;

    ReportLanguage(String tag, boolean rightToLeft) {
        this.tag = tag;
        this.rightToLeft = rightToLeft;
    }

    public static Optional<ReportLanguage> of(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
    }

    public String tag() {
        return tag;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** Western digits in every language, as UN documents print them, with the language's separators. */
    public Locale numberLocale() {
        return Locale.forLanguageTag(tag + "-u-nu-latn");
    }
}
