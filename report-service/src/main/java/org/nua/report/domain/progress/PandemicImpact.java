package org.nua.report.domain.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.nua.report.domain.Direction;

/**
 * How far values from 2020 on lie from where the pre-pandemic trend would have put them: an ordinary least
 * squares line through the values of 2010-2019 (at least three of them), projected to each later year with
 * a value. The deviation is actual minus projected; with a desired direction it reads as better or worse than
 * the trend.
 */
public final class PandemicImpact {

    public static final String METHOD = "PRE_2020_LINEAR_TREND";
    public static final String VERSION = "1";
    public static final int FIRST_TREND_YEAR = 2010;
    public static final int PANDEMIC_YEAR = 2020;
    public static final int MIN_TREND_POINTS = 3;

    private PandemicImpact() {
    }

    /** The fitted pre-2020 line: value = intercept + slope * (year - 2010). */
    public record Trend(double slope, double intercept, int points, int fromYear, int toYear) {

        public double at(int year) {
            return intercept + slope * (year - FIRST_TREND_YEAR);
        }
    }

    /**
     * One year from 2020 on.
     *
     * @param relativeDeviation deviation over projected; null when the projection is 0
     * @param reading           BETTER_THAN_TREND, WORSE_THAN_TREND, ON_TREND, or null without a direction
     */
    public record YearDeviation(int year, double actual, double projected, double deviation, Double relativeDeviation,
                                String reading) {
    }

    public record Result(String method, String methodVersion, Trend trend, List<YearDeviation> years) {
    }

    /** Empty when there are fewer than three values in 2010-2019 or none from 2020 on: not enough data. */
    public static Optional<Result> assess(List<YearValue> values, Direction direction) {
        List<YearValue> before = values.stream()
            .filter(v -> v.year() >= FIRST_TREND_YEAR && v.year() < PANDEMIC_YEAR).toList();
        List<YearValue> after = values.stream().filter(v -> v.year() >= PANDEMIC_YEAR)
            .sorted(Comparator.comparingInt(YearValue::year)).toList();
        if (before.size() < MIN_TREND_POINTS || after.isEmpty()) {
            return Optional.empty();
        }
        Trend trend = fit(before);
        List<YearDeviation> years = new ArrayList<>();
        for (YearValue v : after) {
            double actual = v.value().doubleValue();
            double projected = trend.at(v.year());
            double deviation = actual - projected;
            years.add(new YearDeviation(v.year(), actual, projected, deviation,
                projected == 0 ? null : deviation / Math.abs(projected), reading(deviation, direction)));
        }
        return Optional.of(new Result(METHOD, VERSION, trend, years));
    }

    static Trend fit(List<YearValue> points) {
        int n = points.size();
        double meanX = points.stream().mapToDouble(p -> p.year() - FIRST_TREND_YEAR).average().orElseThrow();
        double meanY = points.stream().mapToDouble(p -> p.value().doubleValue()).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (YearValue p : points) {
            double dx = p.year() - FIRST_TREND_YEAR - meanX;
            sxy += dx * (p.value().doubleValue() - meanY);
            sxx += dx * dx;
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        int from = points.stream().mapToInt(YearValue::year).min().orElseThrow();
        int to = points.stream().mapToInt(YearValue::year).max().orElseThrow();
        return new Trend(slope, meanY - slope * meanX, n, from, to);
    }

    private static String reading(double deviation, Direction direction) {
        if (direction == null) {
            return null;
        }
        if (deviation == 0) {
            return "ON_TREND";
        }
        boolean better = direction == Direction.INCREASE ? deviation > 0 : deviation < 0;
        return better ? "BETTER_THAN_TREND" : "WORSE_THAN_TREND";
    }
}
