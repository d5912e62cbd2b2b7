package org.nua.report.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The current revision of one observation, kept from observation.events. A later revision replaces it and an
 * earlier one changes nothing: ReadModelRepository.apply does that in SQL, a thousand at a time.
 */
@Entity
@Table(name = "observation_fact")
public class ObservationFact {

    @EmbeddedId
    private Key key;

    /** Null once withdrawn. */
    private BigDecimal value;

    @Column(nullable = false)
    private String unit;

    private String nature;

    private String source;

    @Column(nullable = false)
    private boolean withdrawn;

    @Column(nullable = false)
    private int revision;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ObservationFact() {
    }

    public ObservationFact(Key key, BigDecimal value, String unit, String nature, String source, int revision,
                           Instant recordedAt) {
        this.key = key;
        this.value = value;
        this.unit = unit;
        this.nature = nature;
        this.source = source;
        this.revision = revision;
        this.recordedAt = recordedAt;
    }

    /** A withdrawal of the observation with this key, as its revision-th revision. */
    public static ObservationFact withdrawal(Key key, int revision, Instant at) {
        ObservationFact fact = new ObservationFact(key, null, "", null, null, revision, at);
        fact.withdrawn = true;
        return fact;
    }

    public Key key() {
        return key;
    }

    public BigDecimal value() {
        return value;
    }

    public String unit() {
        return unit;
    }

    public String nature() {
        return nature;
    }

    public String source() {
        return source;
    }

    public boolean withdrawn() {
        return withdrawn;
    }

    public int revision() {
        return revision;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /**
     * The natural key of an observation.
     *
     * @param cityCode       '' for the country as a whole
     * @param disaggregation canonical breakdown text (sorted DIMENSION=CODE pairs joined by ';'), '' for the total
     */
    @Embeddable
    public record Key(
        @Column(name = "country_code") String countryCode,
        @Column(name = "indicator_code") String indicatorCode,
        @Column(name = "series_code") String seriesCode,
        @Column(name = "city_code") String cityCode,
        @Column(name = "disaggregation") String disaggregation,
        @Column(name = "year") short year) implements Serializable {
    }
}
