package org.nua.report.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProgressAggregationTest {

    private static ProgressAggregation.SeriesScore series(String target, String indicator, String series, Double score) {
        return new ProgressAggregation.SeriesScore(target, indicator, series, score, score == null ? "not_assessed" : "x");
    }

    @Test
    void seriesMakeIndicatorsIndicatorsTargetsAndTargetsTheGoalBySimpleMeans() {
        // Worked by hand: 11.1.1 = (4 + 2 + 3) / 3 = 3; 11.1 = 3 (its only indicator);
        // 11.6.1 = -1; 11.6.2 = 2 (the unassessed series is left out); 11.6 = (-1 + 2) / 2 = 0.5;
        // goal = (3 + 0.5) / 2 = 1.75, not the mean of the five assessed series (2.0): no target weighs more
        // for having more series.
        ProgressAggregation.GoalScore goal = ProgressAggregation.aggregate("11", List.of(
            series("11.6", "11.6.2", "EN_ATM_PM25", 2.0),
            series("11.1", "11.1.1", "EN_LND_SLUM", 4.0),
            series("11.1", "11.1.1", "EN_LND_INDQ", 2.0),
            series("11.1", "11.1.1", "EN_LND_TENU", 3.0),
            series("11.6", "11.6.1", "EN_REF_WASCOL", -1.0),
            series("11.6", "11.6.2", "EN_ATM_PM10", null)));

        assertThat(goal.score()).isEqualTo(1.75);
        assertThat(goal.targets()).extracting(ProgressAggregation.TargetScore::target).containsExactly("11.1", "11.6");
        assertThat(goal.targets()).extracting(ProgressAggregation.TargetScore::score).containsExactly(3.0, 0.5);
        assertThat(goal.targets().get(1).indicators()).extracting(ProgressAggregation.IndicatorScore::score)
            .containsExactly(-1.0, 2.0);
    }

    @Test
    void nothingAssessedIsNoScoreNotZero() {
        ProgressAggregation.GoalScore goal = ProgressAggregation.aggregate("11",
            List.of(series("11.1", "11.1.1", "EN_LND_SLUM", null)));
        assertThat(goal.score()).isNull();
        assertThat(goal.targets().get(0).score()).isNull();
        assertThat(ProgressAggregation.aggregate("11", List.of()).score()).isNull();
    }
}
