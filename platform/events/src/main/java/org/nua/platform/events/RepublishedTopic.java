package org.nua.platform.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a republication of a topic from its owner's state wrote. */
@Schema(name = "RepublishedTopic", description = "Events a service wrote again from its state, for consumers "
    + "rebuilding from a topic that lost them (a new Kafka cluster)")
public record RepublishedTopic(
    @Schema(examples = "indicator.events") String topic,
    @Schema(description = "Events written to the outbox; the relay publishes them with the header "
        + "nua-republished: true") long events) {
}
