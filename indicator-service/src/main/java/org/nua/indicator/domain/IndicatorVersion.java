package org.nua.indicator.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of an indicator as it was published: the history that GET .../versions shows. */
@Entity
@Table(name = "indicator_version")
public class IndicatorVersion {

    /** What made the version. */
    public enum Change { PUBLISHED, UPDATED, RETIRED }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Change change;

    /** The full indicator, in the shape of the event data that announced it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String snapshot;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected IndicatorVersion() {
    }

    public IndicatorVersion(String code, int version, Change change, String snapshot, Instant changedAt) {
        this.key = new Key(code, version);
        this.change = change;
        this.snapshot = snapshot;
        this.changedAt = changedAt;
    }

    public int version() {
        return key.version();
    }

    public Change change() {
        return change;
    }

    public String snapshot() {
        return snapshot;
    }

    public Instant changedAt() {
        return changedAt;
    }

    @Embeddable
    public record Key(@Column(name = "indicator_code") String code, @Column(name = "version") int version)
        implements Serializable {
    }
}
