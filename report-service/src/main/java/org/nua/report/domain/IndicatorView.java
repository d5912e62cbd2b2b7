package org.nua.report.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.nua.report.domain.progress.ProgressInput;
import org.nua.report.domain.progress.YearValue;

/** What comparisons need to know about an indicator, kept from indicator.events. */
@Entity
@Table(name = "indicator_view")
public class IndicatorView {

    @Id
    private String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> names;

    @Column(nullable = false)
    private String unit;

    @Column(name = "desired_direction")
    private String desiredDirection;

    @Column(nullable = false)
    private int version;

    @Column(name = "target_value")
    private BigDecimal targetValue;

    @Column(name = "target_year")
    private Short targetYear;

    @Column(name = "target_is_convention", nullable = false)
    private boolean targetIsConvention;

    @Column(name = "min_value")
    private BigDecimal minValue;

    @Column(name = "max_value")
    private BigDecimal maxValue;

    private String framework;

    private String goal;

    private String target;

    protected IndicatorView() {
    }

    public IndicatorView(String code, Map<String, String> names, String unit, String desiredDirection, int version,
                         Targets targets, Placement placement) {
        this.code = code;
        this.names = Map.copyOf(names);
        this.unit = unit;
        this.desiredDirection = desiredDirection;
        this.version = version;
        this.targetValue = targets.value();
        this.targetYear = targets.year() == null ? null : targets.year().shortValue();
        this.targetIsConvention = targets.convention();
        this.minValue = targets.min();
        this.maxValue = targets.max();
        this.framework = placement.framework();
        this.goal = placement.goal();
        this.target = placement.target();
    }

    /** Where the indicator sits in its framework; any part may be null (a project indicator has no SDG target). */
    public record Placement(String framework, String goal, String target) {
    }

    public Placement placement() {
        return new Placement(framework, goal, target);
    }

    /** The 2030 target (with whether it is only a convention) and the natural limits of values. */
    public record Targets(BigDecimal value, Integer year, boolean convention, BigDecimal min, BigDecimal max) {

        public static final Targets NONE = new Targets(null, null, false, null, null);
    }

    public Targets targets() {
        return new Targets(targetValue, targetYear == null ? null : targetYear.intValue(), targetIsConvention,
            minValue, maxValue);
    }

    /** What the progress methods need to assess one country's values of this indicator. */
    public ProgressInput progressInput(List<YearValue> values) {
        return new ProgressInput(values, direction(), targetValue,
            targetYear == null ? ProgressInput.TARGET_YEAR : targetYear.intValue(),
            minValue, maxValue, "PERCENT".equals(unit));
    }

    /** Takes a newer snapshot; an older or repeated one changes nothing. */
    public void apply(IndicatorView newer) {
        if (newer.version <= version) {
            return;
        }
        names = newer.names;
        unit = newer.unit;
        desiredDirection = newer.desiredDirection;
        version = newer.version;
        targetValue = newer.targetValue;
        targetYear = newer.targetYear;
        framework = newer.framework;
        goal = newer.goal;
        target = newer.target;
        targetIsConvention = newer.targetIsConvention;
        minValue = newer.minValue;
        maxValue = newer.maxValue;
    }

    public String code() {
        return code;
    }

    public Map<String, String> names() {
        return names;
    }

    public String unit() {
        return unit;
    }

    /** Null for an indicator that is not assessed: its values are compared but not ranked. */
    public Direction direction() {
        return desiredDirection == null ? null : Direction.valueOf(desiredDirection);
    }
}
