package org.nua.country.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    @Column(name = "desired_direction")
    private String desiredDirection;

    /** ACTIVE, DRAFT or RETIRED; observations are accepted for active indicators only. */
    @Column(nullable = false)
    private String status;

    /** Series code to the unit its values are in; empty when the indicator lists no series. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "series_units", nullable = false)
    private Map<String, String> seriesUnits;

    /** The catalogue's natural limits of the indicator's values; null where there is none. */
    @Column(name = "min_value")
    private BigDecimal minValue;

    @Column(name = "max_value")
    private BigDecimal maxValue;

    /** Dimensions the indicator may be broken down by (LOCATION, CITY, NATURE, ...). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> dimensions;

    @Column(nullable = false)
    private int version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected IndicatorReplica() {
    }

    /** Hibernate inserts the state an entity has when it is persisted, so a replica is born complete. */
    public IndicatorReplica(Snapshot snapshot) {
        this.code = snapshot.code();
        this.version = -1;
        apply(snapshot);
    }

    /** What the replica keeps of an indicator event. */
    public record Snapshot(String code, Map<String, String> names, String unit, String desiredDirection,
                           String status, Map<String, String> seriesUnits, BigDecimal minValue,
                           BigDecimal maxValue, List<String> dimensions, int version, Instant updatedAt) {
    }

    /** Applies a catalogue snapshot unless a newer one was applied already (events may arrive twice). */
    public boolean apply(Snapshot s) {
        if (s.version() <= this.version) {
            return false;
        }
        this.names = Map.copyOf(s.names());
        this.unit = s.unit();
        this.desiredDirection = s.desiredDirection();
        this.status = s.status();
        this.seriesUnits = Map.copyOf(s.seriesUnits());
        this.minValue = s.minValue();
        this.maxValue = s.maxValue();
        this.dimensions = List.copyOf(s.dimensions());
        this.version = s.version();
        this.updatedAt = s.updatedAt();
        return true;
    }

    public boolean acceptsObservations() {
        return "ACTIVE".equals(status);
    }

    public String status() {
        return status;
    }

    /** The unit values of this series (or of the indicator, without a series) must be in; empty if unknown. */
    public Optional<String> unitOf(String seriesCode) {
        if (seriesCode == null || seriesCode.isEmpty()) {
            return Optional.of(unit);
        }
        if (seriesUnits.isEmpty()) {
            return Optional.of(unit); // the catalogue lists no series: any series, the indicator's unit
        }
        return Optional.ofNullable(seriesUnits.get(seriesCode));
    }

    /** Whether the value lies within the indicator's natural limits (a percentage between 0 and 100, say). */
    public boolean withinLimits(BigDecimal value) {
        return (minValue == null || value.compareTo(minValue) >= 0)
            && (maxValue == null || value.compareTo(maxValue) <= 0);
    }

    public BigDecimal minValue() {
        return minValue;
    }

    public BigDecimal maxValue() {
        return maxValue;
    }

    public boolean hasDimension(String dimension) {
        return dimensions.contains(dimension);
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
