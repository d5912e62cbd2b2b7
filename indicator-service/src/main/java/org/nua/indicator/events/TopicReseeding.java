package org.nua.indicator.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import io.quarkus.logging.Log;

import org.nua.indicator.domain.IndicatorService;
import org.nua.platform.events.OwnedTopicCreated;

/**
 * A new or emptied Kafka cluster has none of the catalogue: when indicator.events had to be created, every
 * indicator is written to it again, so consumers built from the topic see the whole catalogue.
 */
@ApplicationScoped
class TopicReseeding {

    private final IndicatorService indicators;

    TopicReseeding(IndicatorService indicators) {
        this.indicators = indicators;
    }

    void onCreated(@ObservesAsync OwnedTopicCreated created) {
        if (Topics.INDICATOR_EVENTS.equals(created.topic())) {
            Log.infof("%s was created: republished %d indicators", created.topic(), indicators.republishAll());
        }
    }
}
