package org.nua.report.domain.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Open SDG scores (-5 to +5) aggregated upward for one country: an indicator scores the mean of its series'
 * scores, as the Open SDG progress methodology documents; a target the mean of its indicators', and the goal the
 * mean of its targets', simple means as ESCAP aggregates, so that no target weighs more for having more
 * indicators or series. A part that could not be assessed is left out of its parent's mean, never counted as
 * zero; a parent with no assessed part has no score.
 */
public final class ProgressAggregation {

    public static final String DESCRIPTION = "Indicator: mean of its series' Open SDG scores (Open SDG "
        + "methodology). Target: mean of its indicators' scores; goal: mean of its targets' scores (simple means, as "
        + "ESCAP aggregates). Unassessed parts are left out, not counted as zero.";

    /** One series' assessment, placed under its indicator and target. */
    public record SeriesScore(String target, String indicator, String series, Double score, String status) {
    }

    public record IndicatorScore(String indicator, Double score, List<SeriesScore> series) {
    }

    public record TargetScore(String target, Double score, List<IndicatorScore> indicators) {
    }

    public record GoalScore(String goal, Double score, List<TargetScore> targets) {
    }

    private ProgressAggregation() {
    }

    /** @param series every assessed series of the goal for one country, in any order */
    public static GoalScore aggregate(String goal, List<SeriesScore> series) {
        Map<String, Map<String, List<SeriesScore>>> byTarget = new TreeMap<>();
        for (SeriesScore s : series) {
            byTarget.computeIfAbsent(s.target(), t -> new TreeMap<>())
                .computeIfAbsent(s.indicator(), i -> new ArrayList<>()).add(s);
        }
        List<TargetScore> targets = new ArrayList<>();
        byTarget.forEach((target, indicators) -> {
            List<IndicatorScore> scored = new ArrayList<>();
            new LinkedHashMap<>(indicators).forEach((indicator, parts) -> scored.add(
                new IndicatorScore(indicator, mean(parts.stream().map(SeriesScore::score).toList()), parts)));
            targets.add(new TargetScore(target, mean(scored.stream().map(IndicatorScore::score).toList()), scored));
        });
        return new GoalScore(goal, mean(targets.stream().map(TargetScore::score).toList()), targets);
    }

    private static Double mean(List<Double> scores) {
        List<Double> assessed = scores.stream().filter(Objects::nonNull).toList();
        return assessed.isEmpty() ? null : assessed.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
