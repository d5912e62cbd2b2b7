package org.nua.report.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.nua.report.domain.Direction;

/** Expected values worked out by hand from the Progress Chart 2023 technical note's formulas. */
class UnsdProgressChart2023Test {

    private static ProgressInput input(Direction direction, String target, boolean percent, Object... yearValues) {
        List<YearValue> values = new ArrayList<>();
        for (int i = 0; i < yearValues.length; i += 2) {
            values.add(new YearValue((Integer) yearValues[i], new BigDecimal((String) yearValues[i + 1])));
        }
        return new ProgressInput(values, direction, target == null ? null : new BigDecimal(target), 2030, null, null,
            percent);
    }

    @Test
    void fairProgressWhenTheTrendCoversPartOfTheWay() {
        // 40 (2015) -> 30 (2020): 1 + CAGR = 0.75^(1/5); 2030 expected = 30 * 0.75^(10/5) = 16.875
        // ratio = (16.875 - 40) / (0 - 40) = 0.578125 -> between 0.10 and 0.95 -> score 2
        ProgressResult r = UnsdProgressChart2023.assess(input(Direction.DECREASE, "0", true, 2015, "40", 2020, "30"));

        assertThat(r.status()).isEqualTo("FAIR_PROGRESS_ACCELERATION_NEEDED");
        assertThat(r.score()).isEqualTo(2.0);
        assertThat((double) r.parameters().get("expectedValue")).isCloseTo(16.875, within(1e-9));
        assertThat((double) r.parameters().get("ratio")).isCloseTo(0.578125, within(1e-9));
        assertThat(r.parameters()).containsEntry("baseYear", 2015).containsEntry("latestYear", 2020);
        assertThat(r.method()).isEqualTo("UNSD_PROGRESS_CHART");
        assertThat(r.methodVersion()).isEqualTo("2023");
    }

    @Test
    void onTrackWhenTheTrendReachesTheTarget() {
        // 40 -> 20 over 5 years: expected 2030 = 20 * 0.5^2 = 5; ratio = (5 - 40) / (10 - 40) = 1.1667 -> 3
        ProgressResult r = UnsdProgressChart2023.assess(input(Direction.DECREASE, "10", false, 2015, "40", 2020, "20"));

        assertThat(r.score()).isEqualTo(3.0);
        assertThat((double) r.parameters().get("ratio")).isCloseTo(35.0 / 30.0, within(1e-9));
    }

    @Test
    void regressionWhenTheTrendGoesTheWrongWay() {
        // 40 -> 44: expected 2030 = 44 * 1.1^2 = 53.24; ratio = (53.24 - 40) / (10 - 40) = -0.4413 -> 1
        ProgressResult r = UnsdProgressChart2023.assess(input(Direction.DECREASE, "10", false, 2015, "40", 2020, "44"));

        assertThat(r.status()).isEqualTo("STAGNATION_OR_REGRESSION");
        assertThat((double) r.parameters().get("ratio")).isCloseTo(-13.24 / 30, within(1e-9));
    }

    @Test
    void aTargetAlreadyMetOrWithinOnePointOfZeroOrHundredPercentCountsAsMet() {
        assertThat(UnsdProgressChart2023.assess(input(Direction.DECREASE, "10", false, 2015, "40", 2020, "9")).score())
            .isEqualTo(3.0);
        assertThat(UnsdProgressChart2023.assess(input(Direction.INCREASE, "100", true, 2015, "80", 2020, "99.2"))
            .status()).isEqualTo("TARGET_MET_OR_ON_TRACK");
        // the one-point rule is for percentages only
        assertThat(UnsdProgressChart2023.assess(input(Direction.INCREASE, "100", false, 2015, "99.1", 2020, "99.2"))
            .score()).isEqualTo(2.0);
    }

    @Test
    void withoutATargetTheGrowthRateDecides() {
        // 100 -> 105.0625 over 2 years: CAGR = 1.025 - 1 = 2.5 % -> 3; 102.01: 1 % -> 2; 100.2001: 0.1 % -> 1
        assertThat(UnsdProgressChart2023.assess(input(Direction.INCREASE, null, false, 2015, "100", 2017, "105.0625"))
            .score()).isEqualTo(3.0);
        assertThat(UnsdProgressChart2023.assess(input(Direction.INCREASE, null, false, 2015, "100", 2017, "102.01"))
            .score()).isEqualTo(2.0);
        assertThat(UnsdProgressChart2023.assess(input(Direction.INCREASE, null, false, 2015, "100", 2017, "100.2001"))
            .score()).isEqualTo(1.0);
        // decreasing by 2.5 % a year is fast progress for an indicator that should decrease
        assertThat(UnsdProgressChart2023.assess(input(Direction.DECREASE, null, false, 2015, "100", 2017, "95.0625"))
            .score()).isEqualTo(3.0);
    }

    @Test
    void theBaseYearIsTheYearNearest2015WithDataTheLaterOneOnATie() {
        ProgressResult r = UnsdProgressChart2023.assess(
            input(Direction.INCREASE, null, false, 2014, "10", 2016, "11", 2019, "12"));
        assertThat(r.parameters()).containsEntry("baseYear", 2016);
        r = UnsdProgressChart2023.assess(input(Direction.INCREASE, null, false, 2012, "10", 2017, "11", 2019, "12"));
        assertThat(r.parameters()).containsEntry("baseYear", 2017);
    }

    @Test
    void tooLittleDataOrNoDirectionIsSaidSo() {
        assertThat(UnsdProgressChart2023.assess(input(Direction.INCREASE, null, false, 2016, "10")).status())
            .isEqualTo("INSUFFICIENT_DATA");
        assertThat(UnsdProgressChart2023.assess(input(null, null, false, 2015, "10", 2018, "12")).status())
            .isEqualTo("NOT_ASSESSED");
        assertThat(UnsdProgressChart2023.assess(input(Direction.INCREASE, null, false, 2015, "0", 2018, "12"))
            .status()).isEqualTo("NOT_COMPUTABLE");
    }
}
