package org.nua.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class RankingTest {

    private static List<String> ranks(List<String> values, Direction direction) {
        return Ranking.rank(values, BigDecimal::new, direction).stream()
            .map(r -> r.rank() + ":" + r.item()).toList();
    }

    @Test
    void lowestIsBestWhenTheIndicatorShouldDecrease() {
        assertThat(ranks(List.of("32.1", "15.8", "20"), Direction.DECREASE))
            .containsExactly("1:15.8", "2:20", "3:32.1");
    }

    @Test
    void highestIsBestWhenTheIndicatorShouldIncrease() {
        assertThat(ranks(List.of("32.1", "15.8", "20"), Direction.INCREASE))
            .containsExactly("1:32.1", "2:20", "3:15.8");
    }

    @Test
    void equalValuesShareARankAndTheNextRankIsSkipped() {
        assertThat(ranks(List.of("5", "7", "7.00", "9"), Direction.INCREASE))
            .containsExactly("1:9", "2:7", "2:7.00", "4:5");
    }

    @Test
    void nothingToRankIsEmpty() {
        assertThat(ranks(List.of(), Direction.INCREASE)).isEmpty();
    }
}
