package org.nua.report.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nua.report.persistence.ReadModelRepository;
import org.nua.report.persistence.ReadModelRepository.ComparedValue;

/** Compares one indicator across the countries, from the read model only. */
@ApplicationScoped
public class ComparisonService {

    private final ReadModelRepository readModel;
    private final SeriesSelection seriesSelection;

    ComparisonService(ReadModelRepository readModel, SeriesSelection seriesSelection) {
        this.readModel = readModel;
        this.seriesSelection = seriesSelection;
    }

    /**
     * @param series null to use the indicator's only series (it is an error when it has several)
     * @param year   null for each country's latest value
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Comparison compare(String indicatorCode, String series, Integer year) {
        IndicatorView indicator = readModel.indicator(indicatorCode)
            .orElseThrow(() -> new IndicatorUnknownException(indicatorCode));
        String seriesCode = seriesSelection.resolve(indicatorCode, series);
        Map<String, ComparedValue> values = readModel.compare(indicatorCode, seriesCode, year).stream()
            .collect(Collectors.toMap(ComparedValue::countryCode, Function.identity()));

        List<CountryView> countries = readModel.countries();
        List<CountryView> withValue = countries.stream().filter(c -> values.containsKey(c.code())).toList();
        List<Comparison.Row> rows = new ArrayList<>(countries.size());
        if (indicator.direction() == null) {
            // Not assessed: nothing says which way is better, so values are listed without ranks.
            withValue.forEach(c -> {
                ComparedValue v = values.get(c.code());
                rows.add(new Comparison.Row(c, null, v.value(), v.year(), v.nature(), v.source()));
            });
        } else {
            Ranking.rank(withValue, c -> values.get(c.code()).value(), indicator.direction()).stream()
                .sorted(Comparator.comparingInt((Ranking.Ranked<CountryView> r) -> r.rank())
                    .thenComparing(r -> r.item().code()))
                .forEach(r -> {
                    ComparedValue v = values.get(r.item().code());
                    rows.add(new Comparison.Row(r.item(), r.rank(), v.value(), v.year(), v.nature(), v.source()));
                });
        }
        countries.stream().filter(c -> !values.containsKey(c.code()))
            .forEach(c -> rows.add(new Comparison.Row(c, null, null, null, null, null)));
        return new Comparison(indicator, seriesCode, year, rows);
    }
}
