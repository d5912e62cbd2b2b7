package org.nua.country.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A partner agency that submits a country's data: its statistics office, a city observatory, a ministry. */
@Entity
@Table(name = "agency")
public class Agency {

    public enum Kind { NATIONAL_STATISTICS_OFFICE, CITY_OBSERVATORY, MINISTRY, LOCAL_GOVERNMENT, OTHER }

    @Embeddable
    public record Key(@Column(name = "country_code") String countryCode, @Column(name = "code") String code)
        implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Agency() {
    }

    public Agency(String countryCode, String code, String name, Kind kind, Instant createdAt) {
        this.key = new Key(countryCode, code);
        this.name = name;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public String countryCode() {
        return key.countryCode();
    }

    public String code() {
        return key.code();
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
