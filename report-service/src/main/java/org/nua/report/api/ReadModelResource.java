package org.nua.report.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;

import org.nua.report.domain.ReadModelLag;

@Path("/api/v1/read-model")
@Tag(name = "Read model", description = "How current comparisons, progress and reports are")
public class ReadModelResource {

    /** How far the read model is behind the events it is built from. */
    @Schema(name = "ReadModelStatus")
    public record Status(
        @Schema(description = "True when every published event has been applied") boolean upToDate,
        @Schema(description = "Events published but not applied yet, over all topics") long lag,
        List<ReadModelLag.TopicLag> topics) {
    }

    private final ReadModelLag readModelLag;

    ReadModelResource(ReadModelLag readModelLag) {
        this.readModelLag = readModelLag;
    }

    @GET
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "admin"})
    @Operation(operationId = "readModelStatus", summary = "How far the read model is behind the catalogue, country "
        + "and observation events: records published and not yet applied, per topic and partition")
    @APIResponse(responseCode = "200", description = "The lag; 0 means comparisons show everything published",
        content = @Content(schema = @Schema(implementation = Status.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not answer in time")
    public Status status() {
        List<ReadModelLag.TopicLag> topics = readModelLag.lag();
        long lag = topics.stream().mapToLong(ReadModelLag.TopicLag::lag).sum();
        return new Status(lag == 0, lag, topics);
    }
}
