package org.nua.report.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.nua.report.domain.Direction;

class PandemicImpactTest {

    private static List<YearValue> values(Object... yearValues) {
        List<YearValue> values = new ArrayList<>();
        for (int i = 0; i < yearValues.length; i += 2) {
            values.add(new YearValue((Integer) yearValues[i], new BigDecimal((String) yearValues[i + 1])));
        }
        return values;
    }

    @Test
    void aValueBelowAnExactLineIsBetterForAnIndicatorThatShouldDecrease() {
        // 2015-2019 lie on 20 + 2 * (year - 2015), i.e. intercept 10 at 2010 and slope 2: 2020 projects to 30
        PandemicImpact.Result r = PandemicImpact.assess(
            values(2015, "20", 2016, "22", 2017, "24", 2018, "26", 2019, "28", 2020, "25", 2021, "34"),
            Direction.DECREASE).orElseThrow();

        assertThat(r.trend().slope()).isCloseTo(2, within(1e-12));
        assertThat(r.trend().intercept()).isCloseTo(10, within(1e-12));
        assertThat(r.trend().points()).isEqualTo(5);
        assertThat(r.years()).hasSize(2);
        PandemicImpact.YearDeviation y2020 = r.years().get(0);
        assertThat(y2020.projected()).isCloseTo(30, within(1e-9));
        assertThat(y2020.deviation()).isCloseTo(-5, within(1e-9));
        assertThat(y2020.relativeDeviation()).isCloseTo(-5.0 / 30, within(1e-12));
        assertThat(y2020.reading()).isEqualTo("BETTER_THAN_TREND");
        // 2021 projects to 32; 34 is 2 above: worse for a falling indicator
        assertThat(r.years().get(1).deviation()).isCloseTo(2, within(1e-9));
        assertThat(r.years().get(1).reading()).isEqualTo("WORSE_THAN_TREND");
    }

    @Test
    void theLeastSquaresLineOfScatteredPoints() {
        // x = 0, 1, 2 (2010-2012), y = 1, 3, 2: mean x 1, mean y 2, Sxy = (-1)(-1) + 0 + (1)(0) = 1, Sxx = 2
        // slope 0.5, intercept 2 - 0.5 = 1.5; 2020 (x = 10) projects to 6.5
        PandemicImpact.Result r = PandemicImpact.assess(values(2010, "1", 2011, "3", 2012, "2", 2020, "6.5"),
            Direction.INCREASE).orElseThrow();
        assertThat(r.trend().slope()).isCloseTo(0.5, within(1e-12));
        assertThat(r.trend().intercept()).isCloseTo(1.5, within(1e-12));
        assertThat(r.years().get(0).reading()).isEqualTo("ON_TREND");
    }

    @Test
    void tooFewPreviousPointsOrNothingFrom2020IsNotEnoughData() {
        assertThat(PandemicImpact.assess(values(2018, "1", 2019, "2", 2020, "3"), Direction.INCREASE)).isEmpty();
        assertThat(PandemicImpact.assess(values(2016, "1", 2017, "2", 2019, "3"), Direction.INCREASE)).isEmpty();
        // values before 2010 do not shape the pre-pandemic trend
        assertThat(PandemicImpact.assess(values(2000, "1", 2005, "2", 2019, "3", 2021, "4"), null)).isEmpty();
    }
}
