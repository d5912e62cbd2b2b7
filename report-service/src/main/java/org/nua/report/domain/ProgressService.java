package org.nua.report.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nua.report.domain.progress.OpenSdgProgress;
import org.nua.report.domain.progress.PandemicImpact;
import org.nua.report.domain.progress.ProgressAggregation;
import org.nua.report.domain.progress.ProgressInput;
import org.nua.report.domain.progress.ProgressResult;
import org.nua.report.domain.progress.UnsdProgressChart2023;
import org.nua.report.domain.progress.YearValue;
import org.nua.report.persistence.ReadModelRepository;

/**
 * Progress towards 2030 of one indicator (and series) in each country, by every method this service
 * implements. The methods are kept side by side, never blended: they answer differently on the same data.
 */
@ApplicationScoped
public class ProgressService {

    /** One country's values and what each method makes of them. */
    public record CountryProgress(CountryView country, List<YearValue> values, List<ProgressResult> assessments) {
    }

    public record Progress(IndicatorView indicator, String seriesCode, List<CountryProgress> countries) {
    }

    /** One country's values and their deviation from the pre-2020 trend; empty without enough data. */
    public record CountryImpact(CountryView country, List<YearValue> values,
                                Optional<PandemicImpact.Result> impact) {
    }

    public record Impact(IndicatorView indicator, String seriesCode, List<CountryImpact> countries) {
    }

    /** One country's Open SDG scores, aggregated to targets and the goal. */
    public record CountryGoalProgress(CountryView country, ProgressAggregation.GoalScore goal) {
    }

    private final ReadModelRepository readModel;
    private final SeriesSelection seriesSelection;

    ProgressService(ReadModelRepository readModel, SeriesSelection seriesSelection) {
        this.readModel = readModel;
        this.seriesSelection = seriesSelection;
    }

    /** @param countryCode null for every country */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Progress assess(String indicatorCode, String series, String countryCode) {
        IndicatorView indicator = readModel.indicator(indicatorCode)
            .orElseThrow(() -> new IndicatorUnknownException(indicatorCode));
        String seriesCode = seriesSelection.resolve(indicatorCode, series);
        Map<String, List<YearValue>> byCountry = valuesByCountry(indicatorCode, seriesCode, countryCode);
        List<CountryProgress> countries = new ArrayList<>();
        for (CountryView country : readModel.countries()) {
            if (countryCode != null && !country.code().equals(countryCode)) {
                continue;
            }
            List<YearValue> values = byCountry.getOrDefault(country.code(), List.of());
            countries.add(new CountryProgress(country, values, assessAll(indicator, values)));
        }
        return new Progress(indicator, seriesCode, countries);
    }

    /**
     * Every series with data of every indicator of an SDG goal, assessed by the Open SDG method per country and
     * aggregated to indicators, targets and the goal. @param countryCode null for every country
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CountryGoalProgress> goal(String goal, String countryCode) {
        Map<String, List<ProgressAggregation.SeriesScore>> byCountry = new LinkedHashMap<>();
        for (IndicatorView indicator : readModel.indicatorsOfGoal("SDG", goal)) {
            if (indicator.placement().target() == null) {
                continue;
            }
            for (String series : readModel.seriesOf(indicator.code())) {
                valuesByCountry(indicator.code(), series, countryCode).forEach((country, values) -> {
                    ProgressResult result = OpenSdgProgress.assess(indicator.progressInput(values));
                    byCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(new ProgressAggregation.SeriesScore(
                        indicator.placement().target(), indicator.code(), series, result.score(), result.status()));
                });
            }
        }
        List<CountryGoalProgress> countries = new ArrayList<>();
        for (CountryView country : readModel.countries()) {
            if (countryCode == null || country.code().equals(countryCode)) {
                countries.add(new CountryGoalProgress(country,
                    ProgressAggregation.aggregate(goal, byCountry.getOrDefault(country.code(), List.of()))));
            }
        }
        return countries;
    }

    /** Each country's values from 2020 on against its 2010-2019 trend. @param countryCode null for every country */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Impact pandemicImpact(String indicatorCode, String series, String countryCode) {
        IndicatorView indicator = readModel.indicator(indicatorCode)
            .orElseThrow(() -> new IndicatorUnknownException(indicatorCode));
        String seriesCode = seriesSelection.resolve(indicatorCode, series);
        Map<String, List<YearValue>> byCountry = valuesByCountry(indicatorCode, seriesCode, countryCode);
        List<CountryImpact> countries = new ArrayList<>();
        for (CountryView country : readModel.countries()) {
            if (countryCode == null || country.code().equals(countryCode)) {
                List<YearValue> values = byCountry.getOrDefault(country.code(), List.of());
                countries.add(new CountryImpact(country, values, PandemicImpact.assess(values, indicator.direction())));
            }
        }
        return new Impact(indicator, seriesCode, countries);
    }

    /** Every method's assessment of one country's values, side by side; none without values. */
    public static List<ProgressResult> assessAll(IndicatorView indicator, List<YearValue> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        ProgressInput input = indicator.progressInput(values);
        return List.of(UnsdProgressChart2023.assess(input), OpenSdgProgress.assess(input));
    }

    private Map<String, List<YearValue>> valuesByCountry(String indicatorCode, String seriesCode, String countryCode) {
        Map<String, List<YearValue>> byCountry = new LinkedHashMap<>();
        for (SeriesValue v : readModel.seriesValues(indicatorCode, seriesCode, countryCode)) {
            byCountry.computeIfAbsent(v.countryCode(), c -> new ArrayList<>()).add(new YearValue(v.year(), v.value()));
        }
        return byCountry;
    }
}
