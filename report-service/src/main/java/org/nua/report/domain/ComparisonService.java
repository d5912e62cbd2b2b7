package org.nua.report.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nua.report.persistence.ReadModelRepository;

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
     * @param series         null to use the indicator's only series (it is an error when it has several)
     * @param year           null for each country's latest value
     * @param disaggregation the canonical breakdown ({@code LOCATION=URBAN}), empty for national totals
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Comparison compare(String indicatorCode, String series, Integer year, String disaggregation) {
        IndicatorView indicator = readModel.indicator(indicatorCode)
            .orElseThrow(() -> new IndicatorUnknownException(indicatorCode));
        String seriesCode = seriesSelection.resolve(indicatorCode, series);
        Map<String, ComparedValue> values = readModel.compare(indicatorCode, seriesCode, year, disaggregation).stream()
            .collect(Collectors.toMap(ComparedValue::countryCode, Function.identity()));
        return rank(indicator, seriesCode, disaggregation, year, readModel.countries(), values);
    }

    /**
     * Every country with its value, ranked by the indicator's desired direction, then those without a value.
     * Reports rank values read as of an instant the same way.
     *
     * @param values one value per country code
     */
    public static Comparison rank(IndicatorView indicator, String seriesCode, String disaggregation, Integer year,
                                  List<CountryView> countries, Map<String, ComparedValue> values) {
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
        return new Comparison(indicator, seriesCode, disaggregation, year, rows);
    }

    /**
     * The values of one series for the countries asked for (all when none) and the years from..to, as a table.
     *
     * @param countryCodes ISO alpha-3 codes in the order wanted; null or empty for every country
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ValueTable table(String indicatorCode, String series, List<String> countryCodes, int from, int to,
                            String disaggregation) {
        IndicatorView indicator = readModel.indicator(indicatorCode)
            .orElseThrow(() -> new IndicatorUnknownException(indicatorCode));
        String seriesCode = seriesSelection.resolve(indicatorCode, series);
        Map<String, CountryView> known = new LinkedHashMap<>();
        readModel.countries().forEach(c -> known.put(c.code(), c));
        List<CountryView> chosen;
        if (countryCodes == null || countryCodes.isEmpty()) {
            chosen = List.copyOf(known.values());
        } else {
            List<String> unknown = countryCodes.stream().filter(c -> !known.containsKey(c)).toList();
            if (!unknown.isEmpty()) {
                throw new UnknownCountriesException(unknown, List.copyOf(known.keySet()));
            }
            chosen = countryCodes.stream().distinct().map(known::get).toList();
        }
        Map<String, Map<Integer, ValueTable.Cell>> cells = new HashMap<>();
        for (TableValue v
            : readModel.tableValues(indicatorCode, seriesCode, from, to, disaggregation)) {
            cells.computeIfAbsent(v.countryCode(), k -> new TreeMap<>())
                .put(v.year(), new ValueTable.Cell(v.value(), v.nature()));
        }
        List<ValueTable.Row> rows = chosen.stream()
            .map(c -> new ValueTable.Row(c, cells.getOrDefault(c.code(), Map.of()))).toList();
        Set<Integer> years = new TreeSet<>();
        List<String> natures = new ArrayList<>();
        rows.forEach(r -> r.values().forEach((year, cell) -> {
            years.add(year);
            natures.add(cell.nature());
        }));
        List<ComparisonSummary.Warning> warnings = ComparisonSummary.mixedNature(natures,
                rows.stream().filter(r -> !r.values().isEmpty()).map(r -> r.country().code()).toList())
            .stream().toList();
        return new ValueTable(indicator, seriesCode, disaggregation, from, to, List.copyOf(years), rows, warnings);
    }
}
