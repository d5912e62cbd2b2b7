package org.nua.gateway.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An API key as stored: who it speaks for, until when, and the hash of its secret (never the secret). */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    private String id;

    @Column(name = "secret_sha256", nullable = false)
    private byte[] secretSha256;

    @Column(nullable = false)
    private String label;

    @Column(name = "country_code")
    private String countryCode;

    @Column(name = "agency_code")
    private String agencyCode;

    /** Comma-separated role claims, sorted. */
    @Column(nullable = false)
    private String roles;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "replaced_by")
    private String replacedBy;

    @Version
    private int version;

    protected ApiKey() {
    }

    ApiKey(String id, byte[] secretSha256, String label, String countryCode, String agencyCode, Set<String> roles,
           Instant createdAt, String createdBy, Instant expiresAt) {
        this.id = id;
        this.secretSha256 = secretSha256.clone();
        this.label = label;
        this.countryCode = countryCode;
        this.agencyCode = agencyCode;
        this.roles = String.join(",", new TreeSet<>(roles));
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    public String id() {
        return id;
    }

    byte[] secretSha256() {
        return secretSha256.clone();
    }

    public String label() {
        return label;
    }

    public String countryCode() {
        return countryCode;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public Set<String> roles() {
        return Set.copyOf(Arrays.asList(roles.split(",")));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String replacedBy() {
        return replacedBy;
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Rotation: the old key keeps working for the grace period (or not at all), then only the new one does. */
    void replaceWith(String newId, Instant retireAt) {
        replacedBy = newId;
        if (retireAt.isBefore(expiresAt)) {
            expiresAt = retireAt;
        }
    }
}
