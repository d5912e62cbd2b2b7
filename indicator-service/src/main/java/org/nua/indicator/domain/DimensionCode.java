package org.nua.indicator.domain;

import java.io.Serializable;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One code of a dimension's code list, such as URBAN of LOCATION. */
@Entity
@Table(name = "dimension_code")
public class DimensionCode {

    @EmbeddedId
    private Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> names;

    protected DimensionCode() {
    }

    public DimensionCode(String dimension, String code, Map<String, String> names) {
        this.key = new Key(dimension, code);
        this.names = Map.copyOf(names);
    }

    public void update(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    public String dimension() {
        return key.dimension();
    }

    public String code() {
        return key.code();
    }

    public Map<String, String> names() {
        return names;
    }

    @Embeddable
    public record Key(@Column(name = "dimension_code") String dimension, @Column(name = "code") String code)
        implements Serializable {
    }
}
