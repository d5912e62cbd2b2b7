package org.nua.report.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.nua.report.domain.Direction;

/** Expected values worked out by hand from the Open SDG progress methodology's formulas. */
class OpenSdgProgressTest {

    private static ProgressInput input(Direction direction, String target, String upperLimit, Object... yearValues) {
        List<YearValue> values = new ArrayList<>();
        for (int i = 0; i < yearValues.length; i += 2) {
            values.add(new YearValue((Integer) yearValues[i], new BigDecimal((String) yearValues[i + 1])));
        }
        return new ProgressInput(values, direction, target == null ? null : new BigDecimal(target), 2030, null,
            upperLimit == null ? null : new BigDecimal(upperLimit), false);
    }

    @Test
    void withATargetTheRatioOfObservedToRequiredGrowthDecides() {
        // CAGR_o = 0.75^(1/5) - 1 = -0.0559125; CAGR_r = (10/40)^(1/15) - 1 = -0.0882775
        // R = 0.633372 -> moderate (0.6 <= R < 0.95); score = -5 + (R + 0.6) * 10 / 1.9 = 1.49143
        ProgressResult r = OpenSdgProgress.assess(input(Direction.DECREASE, "10", null, 2015, "40", 2020, "30"));

        assertThat(r.status()).isEqualTo("moderate_progress");
        assertThat((double) r.parameters().get("cagrObserved")).isCloseTo(Math.pow(0.75, 0.2) - 1, within(1e-12));
        assertThat((double) r.parameters().get("cagrRequired")).isCloseTo(Math.pow(0.25, 1.0 / 15) - 1, within(1e-12));
        assertThat((double) r.parameters().get("ratio")).isCloseTo(0.633372, within(1e-6));
        assertThat(r.score()).isCloseTo(1.491431, within(1e-6));
        assertThat(r.method()).isEqualTo("OPEN_SDG_STATCAN");
    }

    @Test
    void targetAchievedAndDeterioration() {
        assertThat(OpenSdgProgress.assess(input(Direction.DECREASE, "10", null, 2015, "40", 2020, "10")).status())
            .isEqualTo("target_achieved");
        ProgressResult away = OpenSdgProgress.assess(input(Direction.DECREASE, "10", null, 2015, "40", 2020, "44"));
        assertThat(away.status()).isEqualTo("deterioration");
        assertThat((double) away.parameters().get("ratio")).isNegative();
    }

    @Test
    void withoutATargetTheGrowthInTheDesiredDirectionDecides() {
        // 100 -> 102.01 over two years: x = 1 % -> moderate (0.5 % to 1.5 %); score = 0.01 / 0.02 * 5 = 2.5
        ProgressResult r = OpenSdgProgress.assess(input(Direction.INCREASE, null, null, 2015, "100", 2017, "102.01"));
        assertThat(r.status()).isEqualTo("moderate_progress");
        assertThat(r.score()).isCloseTo(2.5, within(1e-9));
        assertThat(OpenSdgProgress.assess(input(Direction.DECREASE, null, null, 2015, "100", 2017, "102.01"))
            .status()).isEqualTo("deterioration");
    }

    @Test
    void nearANaturalLimitSlowerGrowthCountsForMore() {
        // base 90 of a 100 limit: C = 1 - 0.9^4.44 = 0.373622; thresholds 0.5604 % and 0.1868 %
        // 90 -> 90.9 over two years: x = sqrt(1.01) - 1 = 0.4988 % -> moderate (it would be limited with C = 1)
        ProgressResult r = OpenSdgProgress.assess(input(Direction.INCREASE, null, "100", 2015, "90", 2017, "90.9"));
        assertThat((double) r.parameters().get("limitScaling")).isCloseTo(1 - Math.pow(0.9, 4.44), within(1e-12));
        assertThat(r.status()).isEqualTo("moderate_progress");
        assertThat(OpenSdgProgress.assess(input(Direction.INCREASE, null, null, 2015, "90", 2017, "90.9")).status())
            .isEqualTo("limited_progress");
    }

    @Test
    void theBaseIsTheFirstYearFrom2015AndAZeroBaseCountsAsOneThousandth() {
        ProgressResult r = OpenSdgProgress.assess(
            input(Direction.INCREASE, null, null, 2012, "5", 2014, "6", 2016, "7", 2019, "8"));
        assertThat(r.parameters()).containsEntry("baseYear", 2016).containsEntry("latestYear", 2019);

        ProgressResult fromZero = OpenSdgProgress.assess(input(Direction.INCREASE, null, null, 2015, "0", 2020, "5"));
        assertThat((double) fromZero.parameters().get("cagrObserved"))
            .isCloseTo(Math.pow(5 / 0.001, 0.2) - 1, within(1e-9));
        assertThat(fromZero.status()).isEqualTo("substantial_progress");
    }

    @Test
    void negativeValuesReverseTheDirectionAndMixedSignsCannotBeAssessed() {
        // -40 -> -30 for an indicator that should increase: magnitudes fall, which is what it should do
        assertThat(OpenSdgProgress.assess(input(Direction.INCREASE, null, null, 2015, "-40", 2020, "-30")).status())
            .isEqualTo("substantial_progress");
        assertThat(OpenSdgProgress.assess(input(Direction.INCREASE, null, null, 2015, "-4", 2020, "3")).status())
            .isEqualTo("not_available");
        assertThat(OpenSdgProgress.assess(input(Direction.INCREASE, null, null, 2013, "4", 2014, "3")).status())
            .isEqualTo("not_available");
    }
}
