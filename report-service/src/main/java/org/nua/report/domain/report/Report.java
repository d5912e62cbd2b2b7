package org.nua.report.domain.report;

import java.time.Duration;
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
 * One requested report and its job. The row is the truth about the job: workers claim it, report progress on it
 * and finish it here; Kafka only carries its id to a worker.
 */
@Entity
@Table(name = "report")
public class Report {

    /** Tries before a job is given up as FAILED: a report that breaks its worker three times will break a fourth. */
    public static final int MAX_ATTEMPTS = 3;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportType type;

    @Column(nullable = false)
    private String language;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private ReportParameters parameters;

    @Column(name = "as_of", nullable = false)
    private Instant asOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    @Column(nullable = false)
    private short progress;

    private String stage;

    private String error;

    @Column(nullable = false)
    private short attempts;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "enqueued_at", nullable = false)
    private Instant enqueuedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "announced_at")
    private Instant announcedAt;

    protected Report() {
    }

    public Report(UUID id, ReportType type, ReportLanguage language, ReportParameters parameters, Instant asOf,
                  String requestedBy, Instant now) {
        this.id = id;
        this.type = type;
        this.language = language.tag();
        this.parameters = parameters;
        this.asOf = asOf;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.enqueuedAt = now;
        this.status = ReportStatus.QUEUED;
    }

    /** Takes the job for one run; false when it is finished, out of tries, or another worker holds it. */
    public boolean claim(Instant now, Duration lease) {
        boolean open = status == ReportStatus.QUEUED
            || status == ReportStatus.RUNNING && heartbeatAt.plus(lease).isBefore(now);
        if (!open || attempts >= MAX_ATTEMPTS) {
            return false;
        }
        status = ReportStatus.RUNNING;
        attempts++;
        startedAt = now;
        heartbeatAt = now;
        progress = 0;
        stage = null;
        return true;
    }

    public void progress(int percent, String stageName, Instant now) {
        progress = (short) percent;
        stage = stageName;
        heartbeatAt = now;
    }

    public void done(Instant now) {
        status = ReportStatus.DONE;
        progress = 100;
        stage = null;
        finishedAt = now;
    }

    /** @param reason said to the requester: it must carry nothing internal */
    public void failed(String reason, Instant now) {
        status = ReportStatus.FAILED;
        error = reason;
        stage = null;
        finishedAt = now;
    }

    /** Sent again to a worker: the job waited too long, or its worker stopped beating. */
    public void requeue(Instant now) {
        status = ReportStatus.QUEUED;
        enqueuedAt = now;
    }

    public void announced(Instant now) {
        announcedAt = now;
    }

    /** Whether report.events has the ending, acknowledged by the broker. */
    public boolean isAnnounced() {
        return announcedAt != null;
    }

    public UUID id() {
        return id;
    }

    public ReportType type() {
        return type;
    }

    public ReportLanguage language() {
        return ReportLanguage.of(language).orElseThrow();
    }

    public ReportParameters parameters() {
        return parameters;
    }

    public Instant asOf() {
        return asOf;
    }

    public ReportStatus status() {
        return status;
    }

    public int progress() {
        return progress;
    }

    public String stage() {
        return stage;
    }

    public String error() {
        return error;
    }

    public int attempts() {
        return attempts;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
