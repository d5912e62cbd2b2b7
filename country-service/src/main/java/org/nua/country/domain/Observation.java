package org.nua.country.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The value of one indicator (and series) for one country and year. Its natural key is
 * (country, indicator, series, year); a changed value is a new revision of the same observation.
 */
@Entity
@Table(name = "observation")
public class Observation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "country_code", nullable = false, updatable = false, length = 3)
    private String countryCode;

    @Column(name = "indicator_code", nullable = false, updatable = false)
    private String indicatorCode;

    /** Empty, never null, when the indicator has one series: the natural key must compare equal. */
    @Column(name = "series_code", nullable = false, updatable = false)
    private String seriesCode;

    @Column(nullable = false, updatable = false)
    private short year;

    @Column(nullable = false)
    private BigDecimal value;

    @Column(nullable = false)
    private String unit;

    private String nature;

    private String source;

    @Column(nullable = false)
    private int revision;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Observation() {
    }

    public Observation(ObservationKey key, ObservationValue value, Instant now) {
        this.countryCode = key.countryCode();
        this.indicatorCode = key.indicatorCode();
        this.seriesCode = key.seriesCode();
        this.year = (short) key.year();
        this.revision = 1;
        this.createdAt = now;
        take(value, now);
    }

    /** Records a new value as the next revision; returns false (and changes nothing) when nothing differs. */
    public boolean revise(ObservationValue value, Instant now) {
        if (value.equals(currentValue())) {
            return false;
        }
        take(value, now);
        revision++;
        return true;
    }

    private void take(ObservationValue v, Instant now) {
        this.value = v.value();
        this.unit = v.unit();
        this.nature = v.nature();
        this.source = v.source();
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public ObservationKey key() {
        return new ObservationKey(countryCode, indicatorCode, seriesCode, year);
    }

    public ObservationValue currentValue() {
        return new ObservationValue(value, unit, nature, source);
    }

    public int revision() {
        return revision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
