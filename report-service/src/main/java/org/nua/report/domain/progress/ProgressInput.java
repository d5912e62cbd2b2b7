package org.nua.report.domain.progress;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.nua.report.domain.Direction;

/**
 * What a progress assessment needs: one country's values of one series, which way the indicator should move,
 * and its 2030 target and natural limits when it has them.
 *
 * @param values    at most one value per year, any order
 * @param direction null when the indicator is not assessed
 * @param target    the value to reach by {@code targetYear}, or null
 * @param unitIsPercent whether values are percentages (the UNSD method treats 0 % and 100 % targets specially)
 */
public record ProgressInput(List<YearValue> values, Direction direction, BigDecimal target, int targetYear,
                            BigDecimal lowerLimit, BigDecimal upperLimit, boolean unitIsPercent) {

    public static final int BASE_YEAR = 2015;
    public static final int TARGET_YEAR = 2030;

    public ProgressInput {
        values = values.stream().sorted(Comparator.comparingInt(YearValue::year)).toList();
    }

    public YearValue latest() {
        return values.get(values.size() - 1);
    }
}
