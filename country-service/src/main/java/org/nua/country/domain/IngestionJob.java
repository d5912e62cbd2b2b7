package org.nua.country.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An upload too large to answer within its request. It is stored before the request is acknowledged, and its
 * effects and its report commit together, so an acknowledged upload is never lost and never half-applied.
 */
@Entity
@Table(name = "ingestion_job")
public class IngestionJob {

    public enum State { QUEUED, RUNNING, SUCCEEDED, FAILED }

    /**
     * What a running job is doing with its rows, a chunk at a time: writing them while every row so far is valid,
     * only validating them (for the report) once one was not. All its writes commit together, or none.
     */
    public enum Phase { VALIDATING, WRITING }

    @Id
    private UUID id;

    @Column(name = "country_code", nullable = false)
    private String countryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    @Column(nullable = false)
    private int rows;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    /** The parsed rows as JSON, as versions before the upload itself was kept stored them; null since. */
    private String body;

    /** The upload as it was sent; cleared when the job ends. */
    @Column(name = "upload")
    private byte[] upload;

    @Column(name = "upload_type")
    private String uploadType;

    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @Column(name = "agency_code")
    private String agencyCode;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false)
    private String requestHash;

    @JdbcTypeCode(SqlTypes.JSON)
    private BatchReport report;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected IngestionJob() {
    }

    public IngestionJob(String countryCode, int rows, BatchUpload upload, boolean dryRun, String agencyCode,
                        String idempotencyKey, String requestHash, Instant now) {
        this.id = UUID.randomUUID();
        this.countryCode = countryCode;
        this.state = State.QUEUED;
        this.rows = rows;
        this.upload = upload.body();
        this.uploadType = upload.mediaType();
        this.dryRun = dryRun;
        this.agencyCode = agencyCode;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String countryCode() {
        return countryCode;
    }

    public State state() {
        return state;
    }

    public Phase phase() {
        return phase;
    }

    public int rows() {
        return rows;
    }

    public int rowsDone() {
        return rowsDone;
    }

    public String body() {
        return body;
    }

    /** What was uploaded, while the job has not ended; null for a job that stored its rows parsed ({@link #body}). */
    public BatchUpload upload() {
        return upload == null ? null : new BatchUpload(uploadType, upload);
    }

    public boolean dryRun() {
        return dryRun;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String requestHash() {
        return requestHash;
    }

    public BatchReport report() {
        return report;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
