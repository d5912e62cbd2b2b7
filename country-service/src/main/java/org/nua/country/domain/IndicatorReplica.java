package org.nua.country.domain;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** This service's copy of one catalogue indicator, kept current from indicator.events. */
@Entity
@Table(name = "indicator_replica")
public class IndicatorReplica {

    @Id
    private String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> names;

    @Column(nullable = false)
    private String unit;

    @Column(name = "desired_direction", nullable = false)
    private String desiredDirection;

    @Column(nullable = false)
    private int version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected IndicatorReplica() {
    }

    /** Hibernate inserts the state an entity has when it is persisted, so a replica is born complete. */
    public IndicatorReplica(String code, Map<String, String> names, String unit, String desiredDirection, int version,
                            Instant updatedAt) {
        this.code = code;
        this.version = -1;
        apply(names, unit, desiredDirection, version, updatedAt);
    }

    /** Applies a catalogue snapshot unless a newer one was applied already (events may arrive twice). */
    public boolean apply(Map<String, String> names, String unit, String desiredDirection, int version,
                         Instant updatedAt) {
        if (version <= this.version) {
            return false;
        }
        this.names = Map.copyOf(names);
        this.unit = unit;
        this.desiredDirection = desiredDirection;
        this.version = version;
        this.updatedAt = updatedAt;
        return true;
    }

    public String code() {
        return code;
    }

    public String unit() {
        return unit;
    }

    public int version() {
        return version;
    }
}
