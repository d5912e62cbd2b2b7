package org.nua.report.domain.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nua.report.domain.ComparedValue;
import org.nua.report.domain.Comparison;
import org.nua.report.domain.ComparisonService;
import org.nua.report.domain.ComparisonSummary;
import org.nua.report.domain.CountryView;
import org.nua.report.domain.HistoricValue;
import org.nua.report.domain.IndicatorView;
import org.nua.report.domain.ProgressService;
import org.nua.report.domain.progress.OpenSdgProgress;
import org.nua.report.domain.progress.PandemicImpact;
import org.nua.report.domain.progress.ProgressAggregation;
import org.nua.report.domain.progress.ProgressResult;
import org.nua.report.domain.progress.YearValue;
import org.nua.report.domain.report.ComposedReport.ComparisonBrief;
import org.nua.report.domain.report.ComposedReport.CountryImpacts;
import org.nua.report.domain.report.ComposedReport.CountryProfile;
import org.nua.report.domain.report.ComposedReport.Figure;
import org.nua.report.domain.report.ComposedReport.IndicatorSection;
import org.nua.report.domain.report.ComposedReport.PandemicBrief;
import org.nua.report.domain.report.ComposedReport.SeriesImpact;
import org.nua.report.domain.report.ComposedReport.SeriesTrend;
import org.nua.report.domain.report.ComposedReport.TargetSection;
import org.nua.report.persistence.ReadModelRepository;

/**
 * Works out what a report says from the values as they stood at its as-of instant, with the same methods the
 * API answers with (ranking, summary statistics, progress, pandemic impact), so a report's numbers are the API's
 * numbers for that instant.
 */
@ApplicationScoped
public class ReportComposer {

    /** Country profiles cover the SDG 11 chapter of a Voluntary Local Review. */
    static final String FRAMEWORK = "SDG";
    static final String GOAL = "11";

    /**
     * A report shows at most this many series of one indicator in one country. Catalogue indicators have a few;
     * the bound keeps a report, and the memory it takes, in proportion whatever the data holds.
     */
    static final int SERIES_SHOWN_PER_INDICATOR = 10;

    private final ReadModelRepository readModel;

    ReportComposer(ReadModelRepository readModel) {
        this.readModel = readModel;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ComposedReport compose(Report report) {
        Map<String, CountryView> countries = new LinkedHashMap<>();
        readModel.countries().forEach(c -> countries.put(c.code(), c));
        List<Figure> figures = new ArrayList<>();
        ReportParameters p = report.parameters();
        return switch (report.type()) {
            case COUNTRY_PROFILE -> new ComposedReport(report, countries,
                profile(countries.get(p.country()), report, figures), null, null, figures);
            case COMPARISON -> new ComposedReport(report, countries, null, comparison(countries, report, figures),
                null, figures);
            case PANDEMIC_BRIEF -> new ComposedReport(report, countries, null, null,
                pandemic(countries, report, figures), figures);
        };
    }

    private CountryProfile profile(CountryView country, Report report, List<Figure> figures) {
        Map<String, IndicatorView> placed = new LinkedHashMap<>();
        readModel.indicatorsOfGoal(FRAMEWORK, GOAL).stream().filter(i -> i.placement().target() != null)
            .forEach(i -> placed.put(i.code(), i));
        Map<String, List<SeriesTrend>> shown = new HashMap<>();
        Map<String, Integer> notShown = new HashMap<>();
        List<ProgressAggregation.SeriesScore> scores = new ArrayList<>();
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        try (Stream<HistoricValue> values = readModel.nationalValuesAsOf(country.code(), null, null, GOAL,
                report.asOf())) {
            SeriesRuns.forEach(values.iterator(), run -> {
                IndicatorView indicator = placed.get(run.get(0).indicatorCode());
                if (indicator == null) {
                    return;
                }
                String seriesCode = run.get(0).seriesCode();
                SeriesTrend trend = trend(indicator, seriesCode, run);
                // Every series counts in the scores, shown or not, so they are the API's goal progress.
                trend.assessments().stream().filter(a -> a.method().equals(OpenSdgProgress.METHOD)).findFirst()
                    .ifPresent(a -> scores.add(new ProgressAggregation.SeriesScore(indicator.placement().target(),
                        indicator.code(), seriesCode, a.score(), a.status())));
                List<SeriesTrend> series = shown.computeIfAbsent(indicator.code(), c -> new ArrayList<>());
                if (series.size() == SERIES_SHOWN_PER_INDICATOR) {
                    notShown.merge(indicator.code(), 1, Integer::sum);
                    return;
                }
                series.add(trend);
                run.forEach(v -> {
                    figures.add(observation(v));
                    if (v.source() != null) {
                        sources.add(v.source());
                    }
                });
                trend.assessments().stream().filter(a -> a.score() != null).forEach(a -> figures.add(new Figure(
                    "PROGRESS_SCORE", country.code(), indicator.code(), seriesCode, trend.latest().year(),
                    BigDecimal.valueOf(a.score()), null, null, null, a.method())));
            });
        }
        Map<String, List<IndicatorSection>> byTarget = new TreeMap<>();
        placed.values().forEach(indicator -> byTarget.computeIfAbsent(indicator.placement().target(),
            t -> new ArrayList<>()).add(new IndicatorSection(indicator, shown.getOrDefault(indicator.code(), List.of()),
                notShown.getOrDefault(indicator.code(), 0))));
        ProgressAggregation.GoalScore goal = ProgressAggregation.aggregate(GOAL, scores);
        Map<String, Double> targetScores = goal.targets().stream().filter(t -> t.score() != null)
            .collect(Collectors.toMap(ProgressAggregation.TargetScore::target, ProgressAggregation.TargetScore::score));
        List<TargetSection> targets = new ArrayList<>();
        byTarget.forEach((target, indicators) -> {
            Double score = targetScores.get(target);
            targets.add(new TargetSection(target, score, indicators));
            if (score != null) {
                figures.add(new Figure("TARGET_SCORE", country.code(), target, null, null, BigDecimal.valueOf(score),
                    null, null, null, OpenSdgProgress.METHOD));
            }
        });
        if (goal.score() != null) {
            figures.add(new Figure("GOAL_SCORE", country.code(), GOAL, null, null, BigDecimal.valueOf(goal.score()),
                null, null, null, OpenSdgProgress.METHOD));
        }
        return new CountryProfile(country, GOAL, goal.score(), targets, List.copyOf(sources));
    }

    private static SeriesTrend trend(IndicatorView indicator, String seriesCode, List<HistoricValue> values) {
        List<YearValue> points = values.stream().map(v -> new YearValue(v.year(), v.value())).toList();
        HistoricValue latest = values.get(values.size() - 1);
        List<ProgressResult> assessments = ProgressService.assessAll(indicator, points);
        return new SeriesTrend(seriesCode, latest.unit(), points, latest.nature(), latest.source(), assessments);
    }

    private ComparisonBrief comparison(Map<String, CountryView> countries, Report report, List<Figure> figures) {
        ReportParameters p = report.parameters();
        IndicatorView indicator = readModel.indicator(p.indicator()).orElseThrow();
        // Each country's latest value as of the instant: the values come ordered by country, then year.
        Map<String, ComparedValue> latest = new LinkedHashMap<>();
        try (Stream<HistoricValue> values = readModel.nationalValuesAsOf(null, p.indicator(), p.series(), null,
                report.asOf())) {
            values.forEach(v -> latest.put(v.countryCode(), new ComparedValue(v.countryCode(), v.year(), v.value(),
                v.unit(), v.nature(), v.source())));
        }
        List<CountryView> chosen = p.countries().isEmpty() ? List.copyOf(countries.values())
            : p.countries().stream().map(countries::get).toList();
        latest.keySet().retainAll(chosen.stream().map(CountryView::code).toList());
        Comparison comparison = ComparisonService.rank(indicator, p.series(), "", null, chosen, latest);
        ComparisonSummary summary = comparison.summary();
        for (Comparison.Row row : comparison.rows()) {
            if (row.value() == null) {
                continue;
            }
            ComparedValue v = latest.get(row.country().code());
            figures.add(new Figure("OBSERVATION", v.countryCode(), p.indicator(), p.series(), v.year(), v.value(),
                v.unit(), v.nature(), v.source(), null));
            if (row.rank() != null) {
                figures.add(new Figure("RANK", v.countryCode(), p.indicator(), p.series(), v.year(),
                    BigDecimal.valueOf(row.rank()), null, null, null, "direction " + indicator.direction()));
            }
        }
        ComparisonSummary.Statistics s = summary.statistics();
        String unit = latest.values().stream().map(ComparedValue::unit).findFirst().orElse(indicator.unit());
        addStatistic(figures, "MIN", s.min(), p, unit);
        addStatistic(figures, "MAX", s.max(), p, unit);
        addStatistic(figures, "MEAN", s.mean(), p, unit);
        addStatistic(figures, "MEDIAN", s.median(), p, unit);
        addStatistic(figures, "WEIGHTED_MEAN", s.populationWeightedMean(), p, unit);
        for (ComparisonSummary.RegionalMean region : summary.regions()) {
            figures.add(new Figure("REGIONAL_MEAN", region.regionM49(), p.indicator(), p.series(), null,
                region.mean(), unit, null, null, "mean of " + String.join(" ", region.countries())));
        }
        return new ComparisonBrief(comparison, summary);
    }

    private static void addStatistic(List<Figure> figures, String name, BigDecimal value, ReportParameters p,
                                     String unit) {
        if (value != null) {
            figures.add(new Figure(name, null, p.indicator(), p.series(), null, value, unit, null, null, null));
        }
    }

    private PandemicBrief pandemic(Map<String, CountryView> countries, Report report, List<Figure> figures) {
        String only = report.parameters().country();
        Map<String, IndicatorView> indicators = readModel.indicatorsOfGoal(FRAMEWORK, GOAL).stream()
            .collect(Collectors.toMap(IndicatorView::code, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, List<SeriesImpact>> impacts = new HashMap<>();
        Map<String, List<String>> withoutEnoughData = new HashMap<>();
        Map<String, Integer> shownOfIndicator = new HashMap<>();
        Map<String, Integer> notShown = new HashMap<>();
        try (Stream<HistoricValue> values = readModel.nationalValuesAsOf(only, null, null, GOAL, report.asOf())) {
            SeriesRuns.forEach(values.iterator(), rows -> {
                HistoricValue first = rows.get(0);
                IndicatorView indicator = indicators.get(first.indicatorCode());
                if (indicator == null) {
                    return;
                }
                String countryCode = first.countryCode();
                String seriesCode = first.seriesCode();
                List<YearValue> points = rows.stream().map(v -> new YearValue(v.year(), v.value())).toList();
                Optional<PandemicImpact.Result> impact = PandemicImpact.assess(points, indicator.direction());
                if (impact.isEmpty()) {
                    withoutEnoughData.computeIfAbsent(countryCode, c -> new ArrayList<>())
                        .add(indicator.code() + " " + seriesCode);
                    return;
                }
                if (shownOfIndicator.merge(countryCode + " " + indicator.code(), 1, Integer::sum)
                        > SERIES_SHOWN_PER_INDICATOR) {
                    notShown.merge(countryCode, 1, Integer::sum);
                    return;
                }
                String unit = rows.get(rows.size() - 1).unit();
                impacts.computeIfAbsent(countryCode, c -> new ArrayList<>())
                    .add(new SeriesImpact(indicator, seriesCode, unit, points, impact.get()));
                rows.forEach(v -> figures.add(observation(v)));
                for (PandemicImpact.YearDeviation d : impact.get().years()) {
                    figures.add(new Figure("PROJECTED", countryCode, indicator.code(), seriesCode, d.year(),
                        BigDecimal.valueOf(d.projected()), unit, null, null, PandemicImpact.METHOD));
                    figures.add(new Figure("DEVIATION", countryCode, indicator.code(), seriesCode, d.year(),
                        BigDecimal.valueOf(d.deviation()), unit, null, null, PandemicImpact.METHOD));
                }
            });
        }
        List<CountryImpacts> result = new ArrayList<>();
        for (CountryView country : countries.values()) {
            if (only == null || only.equals(country.code())) {
                result.add(new CountryImpacts(country, impacts.getOrDefault(country.code(), List.of()),
                    withoutEnoughData.getOrDefault(country.code(), List.of()),
                    notShown.getOrDefault(country.code(), 0)));
            }
        }
        return new PandemicBrief(result);
    }

    private static Figure observation(HistoricValue v) {
        return new Figure("OBSERVATION", v.countryCode(), v.indicatorCode(), v.seriesCode(), v.year(), v.value(),
            v.unit(), v.nature(), v.source(), null);
    }
}
