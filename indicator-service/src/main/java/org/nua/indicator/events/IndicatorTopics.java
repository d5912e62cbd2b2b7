package org.nua.indicator.events;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.config.TopicConfig;

import org.nua.platform.events.OwnedTopic;
import org.nua.platform.events.OwnedTopics;

/** The one topic indicator-service owns: compacted, since a deleting topic would lose the catalogue. */
@ApplicationScoped
public class IndicatorTopics implements OwnedTopics {

    @Override
    public List<OwnedTopic> topics() {
        return List.of(OwnedTopic.of(Topics.INDICATOR_EVENTS,
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
    }
}
