package org.nua.report.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The current revision of one observation, kept from observation.events. */
@Entity
@Table(name = "observation_fact")
public class ObservationFact {

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private BigDecimal value;

    @Column(nullable = false)
    private String unit;

    private String nature;

    private String source;

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

    /** Takes a later revision; an earlier or repeated one changes nothing. */
    public void apply(ObservationFact later) {
        if (later.revision <= revision) {
            return;
        }
        value = later.value;
        unit = later.unit;
        nature = later.nature;
        source = later.source;
        revision = later.revision;
        recordedAt = later.recordedAt;
    }

    public Key key() {
        return key;
    }

    /** The natural key of an observation. */
    @Embeddable
    public record Key(
        @Column(name = "country_code") String countryCode,
        @Column(name = "indicator_code") String indicatorCode,
        @Column(name = "series_code") String seriesCode,
        @Column(name = "year") short year) implements Serializable {
    }
}
