package org.nua.report.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import org.nua.report.domain.progress.PandemicImpact;
import org.nua.report.domain.progress.YearValue;

/**
 * The charts of reports, drawn by JFreeChart into SVG (JFreeSVG): the same SVG goes inline into the HTML and,
 * through the PDF renderer's SVG support, into the PDF. Charts carry numbers and country codes only: titles and
 * legends are written in the report's language around them.
 */
public final class Charts {

    private static final Color INK = new Color(0x1d, 0x27, 0x33);
    private static final Color VALUES = new Color(0x00, 0x6d, 0xb0);
    private static final Color TREND = new Color(0xc0, 0x4b, 0x1f);
    private static final Color GRID = new Color(0xd8, 0xdd, 0xe3);
    private static final Font TICKS = new Font("Noto Sans", Font.PLAIN, 10);

    static {
        // Servers have no display; Java 2D draws into SVG all the same.
        System.setProperty("java.awt.headless", "true");
        ReportFonts.registerWithJava2d();
    }

    private Charts() {
    }

    /*
     * Every method takes the chart's id, unique in its report: it prefixes the SVG's definitions, since several
     * inline SVGs share one HTML document's ids, and keeps a regenerated report byte for byte the same.
     */

    /** A series over the years. */
    public static String trend(String id, List<YearValue> values) {
        XYSeries series = new XYSeries("values");
        values.forEach(v -> series.add(v.year(), v.value()));
        XYSeriesCollection data = new XYSeriesCollection(series);
        JFreeChart chart = ChartFactory.createXYLineChart(null, null, null, data, PlotOrientation.VERTICAL, false,
            false, false);
        style(chart.getXYPlot());
        return svg(id, chart, 440, 180);
    }

    /** Actual values against the pre-2020 trend line, drawn from 2010 to the last year with a value. */
    public static String impact(String id, List<YearValue> values, PandemicImpact.Result impact) {
        XYSeries actual = new XYSeries("actual");
        values.stream().filter(v -> v.year() >= PandemicImpact.FIRST_TREND_YEAR)
            .forEach(v -> actual.add(v.year(), v.value()));
        XYSeries trend = new XYSeries("trend");
        int last = impact.years().get(impact.years().size() - 1).year();
        trend.add(PandemicImpact.FIRST_TREND_YEAR, impact.trend().at(PandemicImpact.FIRST_TREND_YEAR));
        trend.add(last, impact.trend().at(last));
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(actual);
        data.addSeries(trend);
        JFreeChart chart = ChartFactory.createXYLineChart(null, null, null, data, PlotOrientation.VERTICAL, false,
            false, false);
        XYPlot plot = chart.getXYPlot();
        style(plot);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesPaint(1, TREND);
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 4f}, 0f));
        plot.addDomainMarker(new ValueMarker(PandemicImpact.PANDEMIC_YEAR - 0.5, GRID,
            new BasicStroke(1f)));
        return svg(id, chart, 440, 180);
    }

    /** One bar per country code, in the order given (the ranking). */
    public static String bars(String id, Map<String, BigDecimal> valueByCountry) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        valueByCountry.forEach((country, value) -> data.addValue(value, "value", country));
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, false,
            false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.getDomainAxis().setTickLabelFont(TICKS);
        plot.getDomainAxis().setTickLabelPaint(INK);
        plot.getRangeAxis().setTickLabelFont(TICKS);
        plot.getRangeAxis().setTickLabelPaint(INK);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, VALUES);
        renderer.setMaximumBarWidth(0.08);
        return svg(id, chart, 440, Math.max(120, 40 + 24 * valueByCountry.size()));
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID);
        NumberAxis years = (NumberAxis) plot.getDomainAxis();
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0"));
        years.setTickLabelFont(TICKS);
        years.setTickLabelPaint(INK);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setAutoRangeIncludesZero(false);
        values.setTickLabelFont(TICKS);
        values.setTickLabelPaint(INK);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, VALUES);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(renderer);
    }

    private static String svg(String id, JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        chart.draw(g2, new Rectangle(0, 0, width, height));
        // The view box scales the drawing to its box; the style gives the PDF renderer that box's size, which it
        // does not take from the width and height attributes (browsers scale it to the page, see report.css).
        return g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID,
            MeetOrSlice.MEET).replaceFirst("<svg ", "<svg style='width: " + width + "px; height: " + height + "px' ");
    }
}
