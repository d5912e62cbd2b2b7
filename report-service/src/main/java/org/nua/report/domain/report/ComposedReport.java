package org.nua.report.domain.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.nua.report.domain.Comparison;
import org.nua.report.domain.ComparisonSummary;
import org.nua.report.domain.CountryView;
import org.nua.report.domain.IndicatorView;
import org.nua.report.domain.progress.PandemicImpact;
import org.nua.report.domain.progress.ProgressResult;
import org.nua.report.domain.progress.YearValue;

/**
 * What a report says, before it is written in a language and a format: the numbers read as of the report's
 * instant and what the methods make of them. Exactly one of profile, comparison and pandemic is set, by type.
 *
 * @param figures every number the report shows, in the order shown: its CSV data annex
 */
public record ComposedReport(Report report, Map<String, CountryView> countries, CountryProfile profile,
                             ComparisonBrief comparison, PandemicBrief pandemic, List<Figure> figures) {

    /** One series of one indicator in one country: its values, where they come from, and its assessments. */
    public record SeriesTrend(String seriesCode, String unit, List<YearValue> values, String nature, String source,
                              List<ProgressResult> assessments) {

        public YearValue latest() {
            return values.get(values.size() - 1);
        }
    }

    /**
     * An indicator of a target; without series it is a data gap.
     *
     * @param seriesNotShown series beyond the ones a report shows of one indicator; they count in the scores
     */
    public record IndicatorSection(IndicatorView indicator, List<SeriesTrend> series, int seriesNotShown) {

        public boolean gap() {
            return series.isEmpty();
        }
    }

    /** @param score the target's Open SDG score (mean of its indicators'), null when none was assessed */
    public record TargetSection(String target, Double score, List<IndicatorSection> indicators) {

        /** The target's indicators without any data. */
        public List<IndicatorSection> gaps() {
            return indicators.stream().filter(IndicatorSection::gap).toList();
        }
    }

    /** @param sources every distinct source of the values shown, for the sources annex */
    public record CountryProfile(CountryView country, String goal, Double goalScore, List<TargetSection> targets,
                                 List<String> sources) {
    }

    public record ComparisonBrief(Comparison comparison, ComparisonSummary summary) {
    }

    public record SeriesImpact(IndicatorView indicator, String seriesCode, String unit, List<YearValue> values,
                               PandemicImpact.Result impact) {
    }

    /**
     * @param withoutEnoughData indicator/series codes with values but too few for a pre-2020 trend
     * @param seriesNotShown series with an impact beyond the ones a report shows of one indicator
     */
    public record CountryImpacts(CountryView country, List<SeriesImpact> series, List<String> withoutEnoughData,
                                 int seriesNotShown) {
    }

    public record PandemicBrief(List<CountryImpacts> countries) {
    }

    /**
     * One number of the report. {@code figure} says what it is: OBSERVATION, PROGRESS_SCORE (with its method),
     * TARGET_SCORE, GOAL_SCORE, RANK, MIN, MAX, MEAN, MEDIAN, WEIGHTED_MEAN, REGIONAL_MEAN, PROJECTED, DEVIATION.
     */
    public record Figure(String figure, String countryCode, String indicatorCode, String seriesCode, Integer year,
                         BigDecimal value, String unit, String nature, String source, String method) {
    }
}
