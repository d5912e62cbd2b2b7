package org.nua.country.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.nua.country.domain.BatchReport;

/** An RFC 9457 problem for a rejected batch, extended with the report of every row at fault. */
@Schema(name = "BatchProblem", description = "RFC 9457 problem details with the batch's per-row report")
public record BatchProblem(
    @Schema(examples = "urn:nua:problem:batch-rejected") String type,
    String title,
    @Schema(examples = "422") int status,
    String detail,
    String instance,
    @Schema(description = "Every row and field at fault, with stable error codes") BatchReport report) {
}
