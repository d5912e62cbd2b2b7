package org.nua.country.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this service's events reach Kafka (keys under {@code nua.events}). */
@ConfigMapping(prefix = "nua.events")
public interface EventsConfig {

    /** How often the relay looks for unpublished events besides being woken by each commit. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Events sent per relay transaction; an observation event may carry max-observations observations. */
    @WithDefault("100")
    int batchSize();

    /** Observations one observation event carries at most (about 350 bytes each in JSON). */
    @WithDefault("1000")
    int maxObservations();

    /** How long the relay waits for the broker to acknowledge a batch before retrying it later. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** How long published events stay in the outbox table for inspection before they are purged. */
    @WithDefault("P7D")
    Duration retention();

    /** Partitions of the topics this service creates. */
    @WithDefault("3")
    int topicPartitions();

    /** Replication factor of the topics this service creates (1 for a single local broker). */
    @WithDefault("1")
    short topicReplicationFactor();
}
