package org.nua.report.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How far the read model is behind the topics it is built from (a port; the events layer asks the broker).
 * Per topic, the records published against those applied, the partitions that stopped moving, and the records
 * set aside on the dead-letter topic.
 */
public interface ReadModelLag {

    /** @throws BrokerUnavailableException when the broker does not answer in time */
    List<TopicLag> lag();

    /**
     * Sends every dead letter back to its topic, once its cause is fixed; returns how many, per dead-letter topic.
     *
     * @throws BrokerUnavailableException when the broker does not answer in time
     */
    Map<String, Long> replayDeadLetters();

    /**
     * One partition's position.
     *
     * @param stalledSince when the committed offset last moved while records waited; null when it is moving or
     *                     nothing waits
     * @param stuck        true when it has not moved for a minute with records waiting: the consumer is failing
     *                     on a record it retries (its log says why)
     */
    record PartitionLag(int partition, long endOffset, long committedOffset, long lag, Instant stalledSince,
                        boolean stuck) {
    }

    /** One topic: its partitions, the records not yet applied, and the dead letters waiting to be replayed. */
    record TopicLag(String topic, long lag, String deadLetterTopic, long deadLetters, List<PartitionLag> partitions) {
    }
}
