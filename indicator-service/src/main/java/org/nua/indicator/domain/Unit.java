package org.nua.indicator.domain;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A unit of measure of the code list, with the natural limits its values share (0-100 for PERCENT). */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    private String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> names;

    @Column(name = "min_value")
    private BigDecimal minValue;

    @Column(name = "max_value")
    private BigDecimal maxValue;

    protected Unit() {
    }

    public Unit(String code, Map<String, String> names, BigDecimal minValue, BigDecimal maxValue) {
        this.code = code;
        update(names, minValue, maxValue);
    }

    public void update(Map<String, String> names, BigDecimal minValue, BigDecimal maxValue) {
        this.names = Map.copyOf(names);
        this.minValue = minValue;
        this.maxValue = maxValue;
    }

    public String code() {
        return code;
    }

    public Map<String, String> names() {
        return names;
    }

    public BigDecimal minValue() {
        return minValue;
    }

    public BigDecimal maxValue() {
        return maxValue;
    }
}
