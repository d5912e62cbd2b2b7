package org.nua.indicator.domain;

import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A disaggregation dimension of the UN global SDG data structure, such as SEX or LOCATION. */
@Entity
@Table(name = "dimension")
public class Dimension {

    @Id
    private String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> names;

    protected Dimension() {
    }

    public Dimension(String code, Map<String, String> names) {
        this.code = code;
        this.names = Map.copyOf(names);
    }

    public void update(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    public String code() {
        return code;
    }

    public Map<String, String> names() {
        return names;
    }
}
