package org.nua.indicator.domain;

import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A set of indicators with its own goals and targets: the SDGs, a source's series, a national framework. */
@Entity
@Table(name = "framework")
public class Framework {

    @Id
    private String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> names;

    @Column(nullable = false)
    private String source;

    protected Framework() {
    }

    public Framework(String code, Map<String, String> names, String source) {
        this.code = code;
        this.names = Map.copyOf(names);
        this.source = source;
    }

    public void update(Map<String, String> names, String source) {
        this.names = Map.copyOf(names);
        this.source = source;
    }

    public String code() {
        return code;
    }

    public Map<String, String> names() {
        return names;
    }

    public String source() {
        return source;
    }
}
