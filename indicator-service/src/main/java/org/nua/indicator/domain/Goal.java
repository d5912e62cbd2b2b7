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

/** A goal of a framework, such as SDG 11. */
@Entity
@Table(name = "goal")
public class Goal {

    @EmbeddedId
    private Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> names;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "short_names", nullable = false)
    private Map<String, String> shortNames;

    protected Goal() {
    }

    public Goal(String framework, String code, Map<String, String> names, Map<String, String> shortNames) {
        this.key = new Key(framework, code);
        update(names, shortNames);
    }

    public void update(Map<String, String> names, Map<String, String> shortNames) {
        this.names = Map.copyOf(names);
        this.shortNames = Map.copyOf(shortNames);
    }

    public String framework() {
        return key.framework();
    }

    public String code() {
        return key.code();
    }

    public Map<String, String> names() {
        return names;
    }

    public Map<String, String> shortNames() {
        return shortNames;
    }

    @Embeddable
    public record Key(@Column(name = "framework_code") String framework, @Column(name = "code") String code)
        implements Serializable {
    }
}
