package org.nua.country.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import io.quarkus.logging.Log;

import org.nua.country.domain.TopicRepublishing;
import org.nua.platform.events.OwnedTopicCreated;

/**
 * A new or emptied Kafka cluster has none of what country-service holds: when one of its topics had to be
 * created, the countries or the observations are written to it again, so consumers built from the topics
 * (report-service's read model) see them.
 */
@ApplicationScoped
class TopicReseeding {

    private final TopicRepublishing republishing;

    TopicReseeding(TopicRepublishing republishing) {
        this.republishing = republishing;
    }

    void onCreated(@ObservesAsync OwnedTopicCreated created) {
        switch (created.topic()) {
            case Topics.COUNTRY_EVENTS ->
                Log.infof("%s was created: republished %d countries", created.topic(), republishing.countries());
            case Topics.OBSERVATION_EVENTS -> Log.infof("%s was created: republished %d observations",
                created.topic(), republishing.observations());
            default -> {
                // not a topic of ours that holds state
            }
        }
    }
}
