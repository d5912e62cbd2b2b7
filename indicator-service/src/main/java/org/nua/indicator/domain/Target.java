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

/** A target of a goal, such as SDG 11.6. */
@Entity
@Table(name = "target")
public class Target {

    @EmbeddedId
    private Key key;

    @Column(name = "goal_code", nullable = false)
    private String goal;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> names;

    protected Target() {
    }

    public Target(String framework, String code, String goal, Map<String, String> names) {
        this.key = new Key(framework, code);
        this.goal = goal;
        this.names = Map.copyOf(names);
    }

    public void update(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    public String framework() {
        return key.framework();
    }

    public String code() {
        return key.code();
    }

    public String goal() {
        return goal;
    }

    public Map<String, String> names() {
        return names;
    }

    @Embeddable
    public record Key(@Column(name = "framework_code") String framework, @Column(name = "code") String code)
        implements Serializable {
    }
}
