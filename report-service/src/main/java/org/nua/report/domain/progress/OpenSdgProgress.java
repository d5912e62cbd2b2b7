package org.nua.report.domain.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.nua.report.domain.Direction;

/**
 * Statistics Canada's progress measure as Open SDG ships it (docs/progress-methodology.md; sdg-build
 * ProgressMeasure, Open SDG 2.4):
 * <pre>
 * CAGR_o = (y_t / y_0)^(1/(t - t_0)) - 1                      observed growth since the base year
 * with a target:    CAGR_r = (y_T / y_0)^(1/(2030 - t_0)) - 1;  R = CAGR_o / CAGR_r
 *                   target_achieved | R >= 0.95 substantial | 0.6 <= R < 0.95 moderate | 0 <= R < 0.6 limited
 *                   | R < 0 deterioration;  score maps R = -0.6 to -5 and R = 1.3 to +5
 * without a target: x = d * CAGR_o (d = +1 to increase, -1 to decrease)
 *                   x >= 1.5 % C substantial | 0.5 % C <= x < 1.5 % C moderate | 0 <= x < 0.5 % C limited
 *                   | x < 0 deterioration;  score maps x = -2 % to -5 and +2 % to +5
 *                   C = 1 - (y_0 / limit)^4.44 when the indicator rises towards a natural upper limit, else 1
 * </pre>
 * t_0 is 2015, or the first later year with data; a base or target value of 0 is taken as 0.001; all values
 * must share one sign, and when all are negative the direction is reversed.
 */
public final class OpenSdgProgress {

    public static final String METHOD = "OPEN_SDG_STATCAN";
    public static final String VERSION = "Open SDG 2.4";

    private static final double ZERO_REPLACEMENT = 0.001;
    private static final double LIMIT_EXPONENT = 4.44;

    private OpenSdgProgress() {
    }

    public static ProgressResult assess(ProgressInput in) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("targetYear", in.targetYear());
        p.put("direction", in.direction());
        p.put("target", in.target());
        if (in.direction() == null) {
            return result("not_available", null, p, "The indicator has no desired direction.");
        }
        if (in.values().size() < 2) {
            return result("not_available", null, p, "At least two years of data are needed.");
        }
        Optional<YearValue> first = in.values().stream().filter(v -> v.year() >= ProgressInput.BASE_YEAR).findFirst();
        YearValue latest = in.latest();
        if (first.isEmpty() || first.get().year() >= latest.year()) {
            return result("not_available", null, p, "Needs a value in or after 2015 and a later one.");
        }
        YearValue base = first.get();
        boolean allPositive = in.values().stream().allMatch(v -> v.value().signum() >= 0);
        boolean allNegative = in.values().stream().allMatch(v -> v.value().signum() <= 0);
        if (!allPositive && !allNegative) {
            return result("not_available", null, p, "Values change sign, so no growth rate is defined.");
        }
        // All negative: compare magnitudes, and what should increase now decreases.
        int sign = allPositive ? 1 : -1;
        Direction direction = sign > 0 ? in.direction()
            : in.direction() == Direction.INCREASE ? Direction.DECREASE : Direction.INCREASE;
        double y0 = nonZero(sign * base.value().doubleValue());
        double yt = sign * latest.value().doubleValue();
        p.put("baseYear", base.year());
        p.put("baseValue", base.value());
        p.put("latestYear", latest.year());
        p.put("latestValue", latest.value());
        double cagrObserved = Math.pow(Math.max(yt, ZERO_REPLACEMENT) / y0, 1.0 / (latest.year() - base.year())) - 1;
        p.put("cagrObserved", cagrObserved);

        if (in.target() != null) {
            double target = sign * in.target().doubleValue();
            boolean achieved = direction == Direction.INCREASE ? yt >= target : yt <= target;
            if (achieved) {
                return result("target_achieved", 5.0, p, "The latest value already meets the target.");
            }
            double cagrRequired = Math.pow(nonZero(target) / y0, 1.0 / (in.targetYear() - base.year())) - 1;
            double ratio = cagrObserved / cagrRequired;
            p.put("cagrRequired", cagrRequired);
            p.put("ratio", ratio);
            double score = clamp(-5 + (ratio + 0.6) * 10 / 1.9);
            if (ratio >= 0.95) {
                return result("substantial_progress", score, p, "Growing at 95 % or more of the rate needed.");
            }
            if (ratio >= 0.6) {
                return result("moderate_progress", score, p, "Growing at 60-95 % of the rate needed.");
            }
            if (ratio >= 0) {
                return result("limited_progress", score, p, "Growing at less than 60 % of the rate needed.");
            }
            return result("deterioration", score, p, "Moving away from the target.");
        }

        double limitScaling = 1;
        if (direction == Direction.INCREASE && in.upperLimit() != null && sign > 0
            && in.upperLimit().doubleValue() > 0) {
            limitScaling = 1 - Math.pow(y0 / in.upperLimit().doubleValue(), LIMIT_EXPONENT);
        }
        double x = (direction == Direction.INCREASE ? 1 : -1) * cagrObserved;
        p.put("growthInDesiredDirection", x);
        p.put("limitScaling", limitScaling);
        double score = clamp(x / 0.02 * 5);
        if (x >= 0.015 * limitScaling) {
            return result("substantial_progress", score, p, "Moves the right way fast enough.");
        }
        if (x >= 0.005 * limitScaling) {
            return result("moderate_progress", score, p, "Moves the right way, but slowly.");
        }
        if (x >= 0) {
            return result("limited_progress", score, p, "Barely moves the right way.");
        }
        return result("deterioration", score, p, "Moves the wrong way.");
    }

    private static double nonZero(double value) {
        return value == 0 ? ZERO_REPLACEMENT : value;
    }

    private static double clamp(double score) {
        return Math.max(-5, Math.min(5, score));
    }

    private static ProgressResult result(String status, Double score, Map<String, Object> p, String reason) {
        return new ProgressResult(METHOD, VERSION, status, score, p, reason);
    }
}
