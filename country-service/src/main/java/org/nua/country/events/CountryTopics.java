package org.nua.country.events;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.config.TopicConfig;

import org.nua.platform.events.OwnedTopic;
import org.nua.platform.events.OwnedTopics;

/**
 * The topics country-service owns: a broker that auto-created them would make {@code country.events} a deleting
 * topic and expire observations.
 */
@ApplicationScoped
public class CountryTopics implements OwnedTopics {

    @Override
    public List<OwnedTopic> topics() {
        return List.of(
            OwnedTopic.of(Topics.COUNTRY_EVENTS,
                Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
            // report-service rebuilds its read model by replaying every observation ever recorded.
            OwnedTopic.of(Topics.OBSERVATION_EVENTS, Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")));
    }
}
