package org.nua.report.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Ranks values so that rank 1 is the best for the indicator's desired direction (highest when it should
 * increase, lowest when it should decrease). Equal values share a rank and the next rank is skipped
 * ("1, 2, 2, 4"), the usual convention of league tables.
 */
public final class Ranking {

    private Ranking() {
    }

    /** A value together with its rank. */
    public record Ranked<T>(T item, int rank) {
    }

    public static <T> List<Ranked<T>> rank(List<T> items, Function<T, BigDecimal> value, Direction direction) {
        Comparator<T> best = Comparator.comparing(value);
        if (direction == Direction.INCREASE) {
            best = best.reversed();
        }
        List<T> ordered = items.stream().sorted(best).toList();
        List<Ranked<T>> ranked = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            boolean tiesPrevious = i > 0 && value.apply(ordered.get(i)).compareTo(value.apply(ordered.get(i - 1))) == 0;
            ranked.add(new Ranked<>(ordered.get(i), tiesPrevious ? ranked.get(i - 1).rank() : i + 1));
        }
        return ranked;
    }
}
