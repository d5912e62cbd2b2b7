package org.nua.report.domain;

import java.util.List;

/**
 * How far the read model is behind the topics it is built from (a port; the events layer asks the broker).
 * Per topic, the records published against those applied.
 */
public interface ReadModelLag {

    /** @throws BrokerUnavailableException when the broker does not answer in time */
    List<TopicLag> lag();

    /** One partition's position. */
    record PartitionLag(int partition, long endOffset, long committedOffset, long lag) {
    }

    /** One topic: its partitions and the records not yet applied. */
    record TopicLag(String topic, long lag, List<PartitionLag> partitions) {
    }
}
