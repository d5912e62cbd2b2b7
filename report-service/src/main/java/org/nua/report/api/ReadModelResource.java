package org.nua.report.api;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

    /** How far the read model is behind the events it is built from, and what keeps it behind. */
    @Schema(name = "ReadModelStatus")
    public record Status(
        @Schema(description = "True when every published event has been applied") boolean upToDate,
        @Schema(description = "Events published but not applied yet, over all topics") long lag,
        @Schema(description = "Partitions whose consumer has not moved for a minute with events waiting: it is "
            + "retrying an event that fails for a reason it expects to pass (the database away, a lock); the "
            + "service's log says which") long stuckPartitions,
        @Schema(description = "Events set aside on the dead-letter topics because they can never be applied (not "
            + "JSON, refused by the database three times), waiting to be replayed once the cause is fixed")
        long deadLetters,
        List<ReadModelLag.TopicLag> topics) {
    }

    /** What a replay sent back. */
    @Schema(name = "DeadLetterReplay")
    public record Replay(
        @Schema(description = "Dead letters sent back to their topics, over all dead-letter topics") long replayed,
        @Schema(description = "Per dead-letter topic") Map<String, Long> topics) {
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
        + "and observation events: records published and not yet applied, per topic and partition, stuck "
        + "partitions and dead letters")
    @APIResponse(responseCode = "200", description = "The lag; 0 means comparisons show everything published",
        content = @Content(schema = @Schema(implementation = Status.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not answer in time")
    public Status status() {
        List<ReadModelLag.TopicLag> topics = readModelLag.lag();
        long lag = topics.stream().mapToLong(ReadModelLag.TopicLag::lag).sum();
        long stuck = topics.stream().flatMap(t -> t.partitions().stream()).filter(ReadModelLag.PartitionLag::stuck)
            .count();
        long deadLetters = topics.stream().mapToLong(ReadModelLag.TopicLag::deadLetters).sum();
        return new Status(lag == 0, lag, stuck, deadLetters, topics);
    }

    @POST
    @Path("/dead-letters/replay")
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "replayDeadLetters", summary = "Send every dead letter back to the topic it came "
        + "from, once what made it fail is fixed (a new version of the service, a widened column). Each is "
        + "replayed once; one that fails again returns to its dead-letter topic with its reason. Applying an "
        + "event twice has no second effect, so a replay interrupted and run again is safe.")
    @APIResponse(responseCode = "200", description = "What was replayed",
        content = @Content(schema = @Schema(implementation = Replay.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not answer in time; run it again")
    public Replay replay() {
        Map<String, Long> replayed = readModelLag.replayDeadLetters();
        return new Replay(replayed.values().stream().mapToLong(Long::longValue).sum(), replayed);
    }
}
