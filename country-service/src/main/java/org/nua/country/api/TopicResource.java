package org.nua.country.api;

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

import org.nua.country.domain.TopicRepublishing;
import org.nua.platform.events.RepublishedTopic;

@Path("/api/v1/topics")
@Tag(name = "Topics", description = "The Kafka topics a service owns, re-seeded from its state (admins only)")
public class TopicResource {

    // The topics' names, as events/Topics.java has them (this layer does not reach it).
    static final String COUNTRY_EVENTS = "country.events";
    static final String OBSERVATION_EVENTS = "observation.events";

    private final TopicRepublishing republishing;

    TopicResource(TopicRepublishing republishing) {
        this.republishing = republishing;
    }

    @POST
    @Path("/" + COUNTRY_EVENTS + "/republish")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "republishCountryEvents", summary = "Write every country's current state to "
        + "country.events again, for consumers rebuilding from a Kafka cluster that lost it. Each event carries "
        + "the country's current version, so a consumer that has it already ignores it. country-service does this "
        + "by itself when it finds the topic missing at start-up.")
    @APIResponse(responseCode = "200", description = "Written to the outbox; published within seconds",
        content = @Content(schema = @Schema(implementation = RepublishedTopic.class)))
    public RepublishedTopic republishCountries() {
        return new RepublishedTopic(COUNTRY_EVENTS, republishing.countries());
    }

    @POST
    @Path("/" + OBSERVATION_EVENTS + "/republish")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "republishObservationEvents", summary = "Write every observation's current "
        + "revision to observation.events again (a withdrawn one as its withdrawal), grouped by country and "
        + "indicator as changes are, for consumers rebuilding from a Kafka cluster that lost them. A consumer that "
        + "has a revision already ignores it; earlier revisions are not sent, so a read model rebuilt from these "
        + "knows each observation's history from its current revision on. country-service does this by itself "
        + "when it finds the topic missing at start-up.")
    @APIResponse(responseCode = "200", description = "Written to the outbox, a page at a time; published as the "
        + "relay catches up", content = @Content(schema = @Schema(implementation = RepublishedTopic.class)))
    public RepublishedTopic republishObservations() {
        return new RepublishedTopic(OBSERVATION_EVENTS, republishing.observations());
    }
}
