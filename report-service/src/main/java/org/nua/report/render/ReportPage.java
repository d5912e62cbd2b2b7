package org.nua.report.render;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;

import org.nua.report.domain.Comparison;
import org.nua.report.domain.CountryView;
import org.nua.report.domain.IndicatorView;
import org.nua.report.domain.report.ComposedReport;
import org.nua.report.domain.report.ComposedReport.SeriesImpact;
import org.nua.report.domain.report.ComposedReport.SeriesTrend;
import org.nua.report.domain.report.ReportParameters;

/**
 * What the report template sees: the composed report, and the words, names, numbers and charts written in the
 * report's language. Names come from the catalogue in that language, or in English where it has none.
 */
@TemplateData
public final class ReportPage {

    private static final String STYLE = Resources.text("reports/report.css");

    private final ComposedReport report;
    private final ReportText text;
    private int charts;

    ReportPage(ComposedReport report, ReportText text) {
        this.report = report;
        this.text = text;
    }

    public ComposedReport report() {
        return report;
    }

    public ReportText t() {
        return text;
    }

    public String lang() {
        return text.language().tag();
    }

    public String dir() {
        return text.language().rightToLeft() ? "rtl" : "ltr";
    }

    public String title() {
        return text.get("report." + report.report().type());
    }

    /** What the report is about: the country, the indicator, or all countries. */
    public String subject() {
        ReportParameters p = report.report().parameters();
        return switch (report.report().type()) {
            case COUNTRY_PROFILE -> countryName(report.countries().get(p.country()));
            case COMPARISON -> p.indicator() + " " + indicatorName(report.comparison().comparison().indicator())
                + (p.series() == null || p.series().isEmpty() ? "" : " (" + p.series() + ")");
            case PANDEMIC_BRIEF -> p.country() == null ? text.get("allCountries")
                : countryName(report.countries().get(p.country()));
        };
    }

    public String asOf() {
        return text.date(report.report().asOf());
    }

    public String countryName(CountryView country) {
        return pick(country.names());
    }

    /**
     * The country's names in its own languages, those that differ from the name shown. A name in a script the PDF
     * renderer cannot shape (Khmer's stacked consonants) is marked, and left out of the PDF rather than printed
     * wrong; browsers shape it.
     */
    public RawString nativeNames(CountryView country) {
        String shown = countryName(country);
        StringBuilder html = new StringBuilder();
        for (String name : country.nativeNames().values().stream().distinct().filter(n -> !n.equals(shown)).toList()) {
            boolean complex = ReportFonts.writtenIn(name, Character.UnicodeScript.KHMER);
            html.append(complex ? "<span class=\"" + NEEDS_SHAPING + "\">" : "<span>")
                .append(html.length() == 0 ? "" : " · ").append(escape(name)).append("</span>");
        }
        return new RawString(html.toString());
    }

    /** The class of text the PDF leaves out (ReportWriter). */
    static final String NEEDS_SHAPING = "needs-shaping";

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public String indicatorName(IndicatorView indicator) {
        return pick(indicator.names());
    }

    public String direction(IndicatorView indicator) {
        return indicator.direction() == null ? "" : text.get("direction." + indicator.direction());
    }

    public String status(String code) {
        return text.getOrCode("status.", code);
    }

    public String method(String code) {
        return text.getOrCode("method.", code);
    }

    public String number(BigDecimal value) {
        return text.number(value);
    }

    public String rounded(Number value) {
        return text.rounded(value);
    }

    public String joined(List<String> items) {
        return String.join(", ", items);
    }

    /** The style sheet, turned for the report's direction and script. */
    public RawString css() {
        boolean rtl = text.language().rightToLeft();
        return new RawString(STYLE.replace("FONT-STACK", ReportFonts.stack(rtl)).replace("DIRECTION", dir())
            .replace("START_SIDE", rtl ? "right" : "left").replace("END_SIDE", rtl ? "left" : "right"));
    }

    public String countryNames(List<String> codes) {
        return codes.stream().map(c -> report.countries().containsKey(c) ? countryName(report.countries().get(c)) : c)
            .collect(Collectors.joining(", "));
    }

    public RawString trendChart(SeriesTrend series) {
        return new RawString(Charts.trend(nextChartId(), series.values()));
    }

    public RawString impactChart(SeriesImpact series) {
        return new RawString(Charts.impact(nextChartId(), series.values(), series.impact()));
    }

    public RawString comparisonChart() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Comparison.Row row : report.comparison().comparison().rows()) {
            if (row.value() != null) {
                values.put(row.country().code(), row.value());
            }
        }
        return new RawString(Charts.bars(nextChartId(), values));
    }

    private String nextChartId() {
        return "chart" + ++charts;
    }

    private String pick(Map<String, String> names) {
        String name = names.get(text.language().tag());
        return name != null ? name : names.get("en");
    }
}
