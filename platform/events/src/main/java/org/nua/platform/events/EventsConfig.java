package org.nua.platform.events;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service's events reach Kafka and the topics it owns (keys under {@code nua.events}). */
@ConfigMapping(prefix = "nua.events")
public interface EventsConfig {

    /** How often the outbox relay looks for unpublished events besides being woken by each commit. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Events the outbox relay sends per transaction. */
    @WithDefault("100")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch before retrying it later. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** How long published events stay in the outbox table for inspection before they are purged. */
    @WithDefault("P7D")
    Duration retention();

    /**
     * How often a consumer tries a record the database refuses (bad data, a violated constraint) before it goes
     * to the dead-letter topic; failures a retry can cure are retried without end (see {@link RefusedEvents}).
     */
    @WithDefault("3")
    int refusedAttempts();

    /** Partitions of the topics this service creates, unless a topic names its own. */
    @WithDefault("3")
    int topicPartitions();

    /** Replication factor of the topics this service creates (1 for a single local broker). */
    @WithDefault("1")
    short topicReplicationFactor();

    /**
     * {@code min.insync.replicas} of the topics this service creates: with {@code acks=all}, a write is
     * acknowledged only once this many replicas hold it (2 of 3 in a cluster); the broker's default when unset.
     */
    Optional<Integer> topicMinInSyncReplicas();
}
