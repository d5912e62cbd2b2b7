package org.nua.report.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a comparison says as a whole: summary statistics of the countries' values, the regional means (each
 * naming the countries it averages, and kept apart from the countries), and the warnings a reader needs
 * before comparing the numbers at all.
 */
public record ComparisonSummary(Statistics statistics, List<RegionalMean> regions, List<Warning> warnings) {

    /** Values further apart in years than this are flagged: they describe different moments. */
    static final int YEARS_APART = 5;

    /**
     * Min, max, simple (unweighted) mean and median of the countries that have a value, and their mean weighted
     * by urban population, with a sentence saying which weights it used or why there is none.
     */
    public record Statistics(int count, BigDecimal min, BigDecimal max, BigDecimal mean, BigDecimal median,
                             BigDecimal populationWeightedMean, String weighting) {
    }

    static final String WEIGHTING = "Weighted by urban population (World Bank SP.URB.TOTL) in each value's year, "
        + "or the nearest year with a figure; suits indicators measured over urban populations.";

    /** The simple mean of the countries of one UN M49 sub-region that have a value, and which countries those are. */
    public record RegionalMean(String region, String regionM49, List<String> countries, BigDecimal mean) {
    }

    /** A reason to be careful comparing these values, with the countries it concerns. */
    public record Warning(String code, String message, List<String> countries) {
    }

    public static ComparisonSummary of(List<Comparison.Row> rows) {
        List<Comparison.Row> valued = rows.stream().filter(r -> r.value() != null).toList();
        return new ComparisonSummary(statistics(valued), regions(valued), warnings(valued));
    }

    static Statistics statistics(List<Comparison.Row> valued) {
        if (valued.isEmpty()) {
            return new Statistics(0, null, null, null, null, null, "No values to weigh.");
        }
        List<BigDecimal> sorted = valued.stream().map(Comparison.Row::value).sorted().toList();
        int n = sorted.size();
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
            : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
        List<Long> weights = new ArrayList<>();
        List<String> unweighable = new ArrayList<>();
        for (Comparison.Row row : valued) {
            row.country().urbanPopulationNear(row.year())
                .ifPresentOrElse(weights::add, () -> unweighable.add(row.country().code()));
        }
        BigDecimal weighted = unweighable.isEmpty() ? weightedMean(valued, weights) : null;
        String weighting = unweighable.isEmpty() ? WEIGHTING
            : "No population-weighted mean: no urban population is known for " + String.join(", ", unweighable) + ".";
        return new Statistics(n, sorted.get(0), sorted.get(n - 1), mean(sorted), median.stripTrailingZeros(),
            weighted, weighting);
    }

    /** Sum of value times population over the sum of populations; weights in the order of the rows. */
    private static BigDecimal weightedMean(List<Comparison.Row> valued, List<Long> weights) {
        BigDecimal weightedSum = BigDecimal.ZERO;
        BigDecimal population = BigDecimal.ZERO;
        for (int i = 0; i < valued.size(); i++) {
            BigDecimal weight = BigDecimal.valueOf(weights.get(i));
            weightedSum = weightedSum.add(valued.get(i).value().multiply(weight));
            population = population.add(weight);
        }
        return weightedSum.divide(population, MathContext.DECIMAL64).stripTrailingZeros();
    }

    static List<RegionalMean> regions(List<Comparison.Row> valued) {
        Map<String, List<Comparison.Row>> bySubRegion = new LinkedHashMap<>();
        valued.stream()
            .sorted(Comparator.comparing((Comparison.Row r) -> r.country().subRegion())
                .thenComparing(r -> r.country().code()))
            .forEach(r -> bySubRegion.computeIfAbsent(r.country().subRegion(), k -> new ArrayList<>()).add(r));
        List<RegionalMean> regions = new ArrayList<>();
        bySubRegion.forEach((region, members) -> regions.add(new RegionalMean(region,
            members.get(0).country().subRegionM49(), members.stream().map(r -> r.country().code()).toList(),
            mean(members.stream().map(Comparison.Row::value).toList()))));
        return regions;
    }

    static List<Warning> warnings(List<Comparison.Row> valued) {
        List<Warning> warnings = new ArrayList<>();
        mixedNature(valued.stream().map(Comparison.Row::nature).toList(),
            valued.stream().map(r -> r.country().code()).toList()).ifPresent(warnings::add);
        if (!valued.isEmpty()) {
            int first = valued.stream().mapToInt(Comparison.Row::year).min().orElseThrow();
            int last = valued.stream().mapToInt(Comparison.Row::year).max().orElseThrow();
            if (last - first > YEARS_APART) {
                warnings.add(new Warning("YEARS_APART", "The values span " + first + " to " + last
                    + "; those more than " + YEARS_APART + " years older than the newest describe another time.",
                    valued.stream().filter(r -> last - r.year() > YEARS_APART).map(r -> r.country().code()).toList()));
            }
        }
        return warnings;
    }

    /** MIXED_NATURE when the values' natures differ (a missing one counts as "unstated"), naming the countries. */
    static Optional<Warning> mixedNature(List<String> natures, List<String> countries) {
        Set<String> distinct = new TreeSet<>();
        natures.forEach(n -> distinct.add(n == null ? "unstated" : n));
        return distinct.size() > 1 ? Optional.of(new Warning("MIXED_NATURE", "The values are of different natures "
            + distinct + " (for example country data beside estimates), which are not strictly comparable.",
            countries)) : Optional.empty();
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64).stripTrailingZeros();
    }
}
