package org.nua.platform.events;

/**
 * Fired (asynchronously) when {@link TopicDeclarations} had to create one of the service's own topics: the
 * Kafka cluster is new or lost it, so whatever the service holds is missing from it, and the service republishes
 * its state there. Two instances starting together create a topic once, so only one of them republishes.
 */
public record OwnedTopicCreated(String topic) {
}
