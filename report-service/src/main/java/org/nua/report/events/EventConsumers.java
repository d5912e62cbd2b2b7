package org.nua.report.events;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

import org.nua.platform.events.EventsConfig;
import org.nua.platform.events.PoisonEventException;
import org.nua.platform.events.RefusedEvents;

/**
 * The three topics the read model is built from. A record that can never be applied goes to the topic's
 * dead-letter topic with the reason, and so does one the database keeps refusing ({@link RefusedEvents});
 * anything else that fails (the database being away) is retried, one transaction per attempt, until it
 * succeeds, so no event is ever skipped and each partition stays in order.
 */
@ApplicationScoped
public class EventConsumers {

    private final ReadModelUpdater updater;
    private final RefusedEvents indicatorRefusals;
    private final RefusedEvents countryRefusals;
    private final RefusedEvents observationRefusals;

    EventConsumers(ReadModelUpdater updater, EventsConfig config) {
        this.updater = updater;
        this.indicatorRefusals = new RefusedEvents(config.refusedAttempts());
        this.countryRefusals = new RefusedEvents(config.refusedAttempts());
        this.observationRefusals = new RefusedEvents(config.refusedAttempts());
    }

    @Incoming(Topics.INDICATOR_EVENTS_IN)
    @Blocking
    @Retry(maxRetries = -1, delay = 200, maxDuration = 0, abortOn = PoisonEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void indicators(String record) {
        indicatorRefusals.apply(record, updater::apply);
    }

    @Incoming(Topics.COUNTRY_EVENTS_IN)
    @Blocking
    @Retry(maxRetries = -1, delay = 200, maxDuration = 0, abortOn = PoisonEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void countries(String record) {
        countryRefusals.apply(record, updater::apply);
    }

    @Incoming(Topics.OBSERVATION_EVENTS_IN)
    @Blocking
    @Retry(maxRetries = -1, delay = 200, maxDuration = 0, abortOn = PoisonEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void observations(String record) {
        observationRefusals.apply(record, updater::apply);
    }
}
