package org.nua.report.domain;

import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    protected IndicatorView() {
    }

    public IndicatorView(String code, Map<String, String> names, String unit, String desiredDirection, int version) {
        this.code = code;
        this.names = Map.copyOf(names);
        this.unit = unit;
        this.desiredDirection = desiredDirection;
        this.version = version;
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
