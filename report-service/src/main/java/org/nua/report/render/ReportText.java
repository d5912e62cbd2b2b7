package org.nua.report.render;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.nua.report.domain.report.ReportLanguage;

/**
 * The words of a report in one language: the translated text of {@code reports/text_<lang>.properties}, the goal
 * and target titles as the UN translations give them (deploy/data, shipped as {@code reference/}), and numbers
 * and dates written the language's way with Western digits.
 */
public final class ReportText {

    private static final Map<ReportLanguage, ReportText> BY_LANGUAGE = new EnumMap<>(ReportLanguage.class);

    private final ReportLanguage language;
    private final Map<String, String> text;
    private final Map<String, String> targetTitles;
    private final String goalShort;
    private final String goalTitle;

    private ReportText(ReportLanguage language) {
        this.language = language;
        this.text = properties("reports/text_" + language.tag() + ".properties");
        this.targetTitles = new HashMap<>();
        for (CSVRecord r : csv("reference/sdg11_indicators_reference.csv")) {
            String title = r.get("target_title_" + language.tag());
            targetTitles.putIfAbsent(r.get("target"), title.isBlank() ? r.get("target_title_en") : title);
        }
        CSVRecord goal = csv("reference/sdg11_goal_titles.csv").stream()
            .filter(r -> r.get("language").equals(language.tag())).findFirst().orElseThrow();
        this.goalShort = goal.get("short");
        this.goalTitle = goal.get("title");
    }

    public static synchronized ReportText of(ReportLanguage language) {
        return BY_LANGUAGE.computeIfAbsent(language, ReportText::new);
    }

    public ReportLanguage language() {
        return language;
    }

    /** The translated text of a key; a missing key is a bug that ReportTextTest catches, so it fails loudly. */
    public String get(String key) {
        String value = text.get(key);
        if (value == null) {
            throw new IllegalStateException("No text '" + key + "' in " + language.tag());
        }
        return value;
    }

    /** The text of a key when there is one, else the key itself (method and status codes added later). */
    public String getOrCode(String prefix, String code) {
        return code == null ? "" : text.getOrDefault(prefix + code, code);
    }

    public Set<String> keys() {
        return text.keySet();
    }

    /** The target's title in this language, or in English where the translations have none. */
    public String targetTitle(String target) {
        return targetTitles.getOrDefault(target, "");
    }

    public String goalShort() {
        return goalShort;
    }

    public String goalTitle() {
        return goalTitle;
    }

    /** A value as the data gives it, grouped and with the language's decimal sign; never rounded. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.numberLocale());
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return withoutBidiMarks(format.format(value));
    }

    /** A computed figure (a score, a mean), rounded to two decimals for reading; the CSV annex keeps every digit. */
    public String rounded(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.numberLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return withoutBidiMarks(format.format(value));
    }

    /**
     * Arabic number formats put direction marks before the minus sign; the template isolates every number
     * left to right instead, which the PDF renderer follows too (it draws the marks as visible glyphs).
     */
    private static String withoutBidiMarks(String number) {
        return number.replace("\u200E", "").replace("\u200F", "").replace("\u061C", "");
    }

    public String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(language.numberLocale()).withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    private static Map<String, String> properties(String resource) {
        Properties properties = new Properties();
        try (Reader reader = Resources.reader(resource)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return Map.copyOf(map);
    }

    private static List<CSVRecord> csv(String resource) {
        try (Reader reader = Resources.reader(resource)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
