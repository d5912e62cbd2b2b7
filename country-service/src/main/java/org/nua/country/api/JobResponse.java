package org.nua.country.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.country.domain.BatchReport;
import org.nua.country.domain.IngestionJob;

@Schema(name = "IngestionJob", description = "A large upload running in the background")
public record JobResponse(
    UUID id,
    @Schema(examples = "JOR") String countryCode,
    @Schema(description = "QUEUED, RUNNING, SUCCEEDED (written, or checked in a dry run) or FAILED (rejected: "
        + "nothing written; the report says why)") IngestionJob.State state,
    @Schema(nullable = true, description = "While running: WRITING while every row so far is valid, VALIDATING "
        + "once one is not (the rest is only checked, for the report). Either way nothing is visible until all rows "
        + "commit together")
    IngestionJob.Phase phase,
    int rows,
    @Schema(description = "Rows validated (and, while all are valid, written) so far: all of them once the job "
        + "succeeded") int rowsDone,
    boolean dryRun,
    @Schema(nullable = true, description = "The same report a smaller batch gets in its response; present once "
        + "the job ended")
    BatchReport report,
    Instant createdAt,
    @Schema(nullable = true) Instant startedAt,
    @Schema(nullable = true) Instant finishedAt) {

    static JobResponse of(IngestionJob j) {
        return new JobResponse(j.id(), j.countryCode(), j.state(), j.phase(), j.rows(), j.rowsDone(), j.dryRun(),
            j.report(), j.createdAt(), j.startedAt(), j.finishedAt());
    }
}
