package org.nua.report.events;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

import org.nua.platform.events.PoisonEventException;

/**
 * The three topics the read model is built from. A record that can never be applied goes to the topic's
 * dead-letter topic with the reason; anything else that fails (the database being away) is retried, one
 * transaction per attempt, until it succeeds, so no event is ever skipped and each partition stays in order.
 */
@ApplicationScoped
public class EventConsumers {

    private final ReadModelUpdater updater;

    EventConsumers(ReadModelUpdater updater) {
        this.updater = updater;
    }

    @Incoming(Topics.INDICATOR_EVENTS_IN)
    @Blocking
    @Retry(maxRetries = -1, delay = 200, maxDuration = 0, abortOn = PoisonEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void indicators(String record) {
        updater.apply(record);
    }

    @Incoming(Topics.COUNTRY_EVENTS_IN)
    @Blocking
    @Retry(maxRetries = -1, delay = 200, maxDuration = 0, abortOn = PoisonEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void countries(String record) {
        updater.apply(record);
    }

    @Incoming(Topics.OBSERVATION_EVENTS_IN)
    @Blocking
    @Retry(maxRetries = -1, delay = 200, maxDuration = 0, abortOn = PoisonEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void observations(String record) {
        updater.apply(record);
    }
}
