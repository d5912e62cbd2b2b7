package org.nua.report.domain.progress;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.nua.report.domain.Direction;

/**
 * The UN Statistics Division's SDG Progress Chart 2023 method (Progress_Chart_Technical_Note_2023):
 * <pre>
 * CAGR_a  = (v_t / v_b)^(1/(t-b)) - 1
 * with a target:    v_e = v_t (1 + CAGR_a)^(2030-t);  ratio = (v_e - v_b) / (v_2030 - v_b)
 *                   3 if ratio >= 0.95, 2 if 0.10 <= ratio < 0.95, 1 otherwise
 * without a target: 3 if CAGR_a >= 2 %, 2 if 0.5 % <= CAGR_a < 2 %, 1 otherwise (signs mirrored when the
 *                   indicator should decrease)
 * </pre>
 * b is 2015, or the year nearest to it that has data; t is the latest year. The target counts as met when the
 * latest value already meets it, or, for a 0 % or 100 % target, is within one percentage point of it.
 */
public final class UnsdProgressChart2023 {

    public static final String METHOD = "UNSD_PROGRESS_CHART";
    public static final String VERSION = "2023";

    private static final double ON_TRACK = 0.95;
    private static final double FAIR = 0.10;
    private static final double FAST_GROWTH = 0.02;
    private static final double SLOW_GROWTH = 0.005;

    private UnsdProgressChart2023() {
    }

    public static ProgressResult assess(ProgressInput in) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("targetYear", in.targetYear());
        p.put("direction", in.direction());
        p.put("target", in.target());
        if (in.direction() == null) {
            return result("NOT_ASSESSED", null, p, "The indicator has no desired direction.");
        }
        if (in.values().size() < 2) {
            return result("INSUFFICIENT_DATA", null, p, "At least two years of data are needed.");
        }
        YearValue base = nearestTo(in, ProgressInput.BASE_YEAR);
        YearValue latest = in.latest();
        p.put("baseYear", base.year());
        p.put("baseValue", base.value());
        p.put("latestYear", latest.year());
        p.put("latestValue", latest.value());
        if (latest.year() <= base.year()) {
            return result("INSUFFICIENT_DATA", null, p, "No value after the base year " + base.year() + ".");
        }
        if (in.target() != null && targetMet(in, latest.value())) {
            return result("TARGET_MET_OR_ON_TRACK", 3.0, p, "The latest value already meets the target.");
        }
        double vb = base.value().doubleValue();
        double vt = latest.value().doubleValue();
        if (vb <= 0 || vt <= 0) {
            return result("NOT_COMPUTABLE", null, p, "A growth rate needs positive base and latest values.");
        }
        double cagr = Math.pow(vt / vb, 1.0 / (latest.year() - base.year())) - 1;
        p.put("cagr", cagr);
        if (in.target() != null) {
            double target = in.target().doubleValue();
            if (target == vb) {
                return result("NOT_COMPUTABLE", null, p, "The base value equals the target.");
            }
            double expected = vt * Math.pow(1 + cagr, in.targetYear() - latest.year());
            double ratio = (expected - vb) / (target - vb);
            p.put("expectedValue", expected);
            p.put("ratio", ratio);
            if (ratio >= ON_TRACK) {
                return result("TARGET_MET_OR_ON_TRACK", 3.0, p,
                "Expected to reach at least 95 % of the way to the target.");
            }
            if (ratio >= FAIR) {
                return result("FAIR_PROGRESS_ACCELERATION_NEEDED", 2.0, p, "Expected to cover 10-95 % of the way.");
            }
            return result("STAGNATION_OR_REGRESSION", 1.0, p, "Expected to cover less than 10 % of the way.");
        }
        double growth = in.direction() == Direction.DECREASE ? -cagr : cagr;
        p.put("growthInDesiredDirection", growth);
        if (growth >= FAST_GROWTH) {
            return result("TARGET_MET_OR_ON_TRACK", 3.0, p, "Moves the right way by 2 % a year or more.");
        }
        if (growth >= SLOW_GROWTH) {
            return result("FAIR_PROGRESS_ACCELERATION_NEEDED", 2.0, p, "Moves the right way by 0.5-2 % a year.");
        }
        return result("STAGNATION_OR_REGRESSION", 1.0, p,
            "Moves the right way by less than 0.5 % a year, or the wrong way.");
    }

    /** The year with data nearest to the base year; of two equally near, the later one. */
    static YearValue nearestTo(ProgressInput in, int year) {
        YearValue best = in.values().get(0);
        for (YearValue v : in.values()) {
            int distance = Math.abs(v.year() - year);
            int bestDistance = Math.abs(best.year() - year);
            if (distance < bestDistance || distance == bestDistance && v.year() > best.year()) {
                best = v;
            }
        }
        return best;
    }

    private static boolean targetMet(ProgressInput in, BigDecimal latest) {
        BigDecimal target = in.target();
        boolean reached = in.direction() == Direction.INCREASE ? latest.compareTo(target) >= 0
            : latest.compareTo(target) <= 0;
        boolean extremePercent = in.unitIsPercent()
            && (target.compareTo(BigDecimal.ZERO) == 0 || target.compareTo(BigDecimal.valueOf(100)) == 0);
        return reached || extremePercent && latest.subtract(target).abs().compareTo(BigDecimal.ONE) <= 0;
    }

    private static ProgressResult result(String status, Double score, Map<String, Object> p, String reason) {
        return new ProgressResult(METHOD, VERSION, status, score, p, reason);
    }
}
