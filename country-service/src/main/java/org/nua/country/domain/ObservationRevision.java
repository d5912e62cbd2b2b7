package org.nua.country.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One value an observation has had; revisions are only ever added, never changed. */
@Entity
@Table(name = "observation_revision")
public class ObservationRevision {

    @EmbeddedId
    private Key key;

    @Column(nullable = false, updatable = false)
    private BigDecimal value;

    @Column(nullable = false, updatable = false)
    private String unit;

    @Column(updatable = false)
    private String nature;

    @Column(updatable = false)
    private String source;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ObservationRevision() {
    }

    ObservationRevision(long observationId, int revision, ObservationValue value, Instant recordedAt) {
        this.key = new Key(observationId, revision);
        this.value = value.value();
        this.unit = value.unit();
        this.nature = value.nature();
        this.source = value.source();
        this.recordedAt = recordedAt;
    }

    @Embeddable
    public record Key(@Column(name = "observation_id") long observationId, @Column(name = "revision") int revision)
        implements Serializable {
    }
}
