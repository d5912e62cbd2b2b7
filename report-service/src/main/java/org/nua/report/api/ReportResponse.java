package org.nua.report.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.report.domain.report.ArtifactSummary;
import org.nua.report.domain.report.Report;
import org.nua.report.domain.report.ReportParameters;
import org.nua.report.domain.report.ReportStatus;
import org.nua.report.domain.report.ReportType;

/** A report job: where it stands, and its files once it is done. */
@Schema(name = "Report")
public record ReportResponse(
    String id,
    ReportType type,
    @Schema(description = "Language of the text", examples = "ar") String language,
    ReportParameters parameters,
    @Schema(description = "The instant the data was read as of; regenerating with it gives the same numbers")
    Instant asOf,
    @Schema(description = "QUEUED, RUNNING, DONE or FAILED") ReportStatus status,
    @Schema(description = "Percent done") int progress,
    @Schema(nullable = true, description = "What a running job is doing: WRITING or STORING") String stage,
    @Schema(nullable = true, description = "Why a FAILED job failed") String error,
    @Schema(description = "Subject of the staff member who asked for it") String requestedBy,
    Instant requestedAt,
    @Schema(nullable = true) Instant startedAt,
    @Schema(nullable = true) Instant finishedAt,
    @Schema(description = "The files of a DONE report: html, pdf and the csv data annex") List<Artifact> artifacts,
    @Schema(description = "Where to ask for this status again") String href) {

    /** One file of a report. */
    @Schema(name = "ReportArtifact")
    public record Artifact(
        @Schema(examples = "pdf") String format,
        @Schema(examples = "application/pdf") String mediaType,
        @Schema(examples = "nua-country-profile-JOR-ar-2026-11-29.pdf") String fileName,
        long sizeBytes,
        @Schema(description = "SHA-256 of the content, hex; also its ETag") String sha256,
        @Schema(examples = "/api/v1/reports/0b6f4b8e-8d0a-4f0e-9a57-0f1d1b6a8c11/pdf") String href) {
    }

    static ReportResponse of(Report r, List<ArtifactSummary> artifacts) {
        String href = "/api/v1/reports/" + r.id();
        return new ReportResponse(r.id().toString(), r.type(), r.language().tag(), r.parameters(), r.asOf(),
            r.status(), r.progress(), r.stage(), r.error(), r.requestedBy(), r.requestedAt(), r.startedAt(),
            r.finishedAt(), artifacts.stream().map(a -> new Artifact(a.format().extension(), a.mediaType(),
                a.fileName(), a.sizeBytes(), a.sha256(), href + "/" + a.format().extension())).toList(), href);
    }
}
