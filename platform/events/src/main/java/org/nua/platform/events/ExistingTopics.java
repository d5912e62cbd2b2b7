package org.nua.platform.events;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The topics of a list that exist: a topic is created by its owner's first send (a dead-letter topic by its first
 * dead letter), so one that is missing simply has nothing in it yet.
 */
public final class ExistingTopics {

    private ExistingTopics() {
    }

    /** The descriptions of those of the topics that exist, by name. */
    public static Map<String, TopicDescription> describe(Admin admin, Collection<String> topics, Duration timeout)
            throws ExecutionException, TimeoutException, InterruptedException {
        Map<String, TopicDescription> existing = new HashMap<>();
        for (var described : admin.describeTopics(topics).topicNameValues().entrySet()) {
            try {
                existing.put(described.getKey(), described.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
        }
        return existing;
    }
}
