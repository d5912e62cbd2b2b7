package org.nua.indicator.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.nua.indicator.domain.IndicatorService;
import org.nua.platform.events.RepublishedTopic;

@Path("/api/v1/topics/" + TopicResource.TOPIC)
@Tag(name = "Topics", description = "The Kafka topics a service owns, re-seeded from its state (admins only)")
public class TopicResource {

    /** The topic the catalogue's events go to (events/Topics.java, which this layer does not reach). */
    static final String TOPIC = "indicator.events";

    private final IndicatorService indicators;

    TopicResource(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @POST
    @Path("/republish")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "republishIndicatorEvents", summary = "Write every indicator's current state to "
        + "indicator.events again, for consumers rebuilding from a Kafka cluster that lost it. Each event carries "
        + "the indicator's current version, so a consumer that has it already ignores it. indicator-service does "
        + "this by itself when it finds the topic missing at start-up.")
    @APIResponse(responseCode = "200", description = "Written to the outbox; published within seconds",
        content = @Content(schema = @Schema(implementation = RepublishedTopic.class)))
    public RepublishedTopic republish() {
        return new RepublishedTopic(TOPIC, indicators.republishAll());
    }
}
