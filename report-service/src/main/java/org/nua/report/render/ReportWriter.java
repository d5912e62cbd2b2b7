package org.nua.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import org.nua.platform.http.CsvCells;
import org.nua.report.domain.report.ComposedReport;
import org.nua.report.domain.report.ReportFormat;
import org.nua.report.domain.report.ReportRenderer;

/**
 * Writes a composed report as self-contained HTML (Qute template, inline SVG charts, embedded fonts), as PDF from
 * the same template (openhtmltopdf: ICU4J for Arabic shaping and bidirectional text, Batik for the SVG), and as the
 * CSV data annex of every number shown.
 */
@ApplicationScoped
public class ReportWriter implements ReportRenderer {

    private final Template template;

    ReportWriter(@Location("reports/report.html") Template template) {
        this.template = template;
    }

    @Override
    public Map<ReportFormat, byte[]> write(ComposedReport report) {
        ReportText text = ReportText.of(report.report().language());
        // One page for both: well-formed XHTML, which the PDF renderer needs and browsers read as HTML.
        String page = template.data("page", new ReportPage(report, text)).render();
        Map<ReportFormat, byte[]> files = new EnumMap<>(ReportFormat.class);
        files.put(ReportFormat.HTML, withFonts(page).getBytes(StandardCharsets.UTF_8));
        files.put(ReportFormat.PDF, pdf(page, text));
        files.put(ReportFormat.CSV, annex(report));
        return files;
    }

    /** The HTML carries its fonts inline, chosen once the text they must cover is known. */
    private static String withFonts(String page) {
        return page.replaceFirst("<style>",
            Matcher.quoteReplacement("<style>\n" + ReportFonts.fontFaces(page)));
    }

    /**
     * The PDF renderer is given the font files themselves and embeds the subsets it uses. It shapes Arabic but not
     * Khmer, so text marked as needing shaping is left out rather than printed wrong.
     */
    private static byte[] pdf(String page, ReportText text) {
        String xhtml = page.replaceAll("<span class=\"" + ReportPage.NEEDS_SHAPING + "\">[^<]*</span>", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(text.language().rightToLeft() ? BaseRendererBuilder.TextDirection.RTL
                : BaseRendererBuilder.TextDirection.LTR);
            ReportFonts.registerWith(builder);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One row per number shown, with what it is, where it comes from, and the report's as-of instant. */
    static byte[] annex(ComposedReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String asOf = DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC).format(report.report().asOf());
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
            CSVFormat.RFC4180.builder().setHeader("report_id", "as_of", "figure", "country", "indicator", "series",
                "year", "value", "unit", "nature", "source", "method").get())) {
            for (ComposedReport.Figure f : report.figures()) {
                // Text cells guarded: units and sources come from partners, and the annex opens in spreadsheets.
                csv.printRecord(report.report().id(), asOf, f.figure(), f.countryCode(),
                    CsvCells.text(f.indicatorCode()), CsvCells.text(f.seriesCode()), f.year(),
                    f.value() == null ? null : f.value().toPlainString(), CsvCells.text(f.unit()),
                    CsvCells.text(f.nature()), CsvCells.text(f.source()), CsvCells.text(f.method()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
