package org.nua.platform.events;

import java.util.Map;

/**
 * A topic a service owns, with the settings it must be created with.
 *
 * @param partitions the topic's partitions, or null for {@code nua.events.topic-partitions}
 */
public record OwnedTopic(String name, Integer partitions, Map<String, String> configs) {

    public OwnedTopic {
        configs = Map.copyOf(configs);
    }

    public static OwnedTopic of(String name, Map<String, String> configs) {
        return new OwnedTopic(name, null, configs);
    }
}
