package org.nua.indicator.domain;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One indicator of the catalogue, identified by its code (for example {@code 11.6.2}). */
@Entity
@Table(name = "indicator")
public class Indicator {

    /** What an indicator code may look like: an SDG code (11.6.2), a UN series or a national code. */
    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    public static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    /** Language tag (en, ar, es, ...) to name; English is always present. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> names;

    @Column(nullable = false)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "desired_direction", nullable = false)
    private DesiredDirection desiredDirection;

    /** Optimistic lock and the catalogue version of this indicator that events carry. */
    @Version
    @Column(nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Indicator() {
    }

    public Indicator(String code, Map<String, String> names, String unit, DesiredDirection desiredDirection,
                     Instant now) {
        this.code = code;
        this.names = new TreeMap<>(names);
        this.unit = unit;
        this.desiredDirection = desiredDirection;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Map<String, String> names() {
        return Map.copyOf(names);
    }

    public String unit() {
        return unit;
    }

    public DesiredDirection desiredDirection() {
        return desiredDirection;
    }

    public int version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
