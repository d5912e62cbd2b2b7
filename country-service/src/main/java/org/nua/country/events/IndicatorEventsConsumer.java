package org.nua.country.events;

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
 * Keeps the catalogue replica current from indicator.events. A record that can never be applied goes to the
 * dead-letter topic with the reason, and so does one the database keeps refusing ({@link RefusedEvents});
 * anything else that fails (the database being away) is retried, one
 * transaction per attempt, until it succeeds, so no event is ever skipped and each partition stays in order.
 */
@ApplicationScoped
public class IndicatorEventsConsumer {

    private final IndicatorReplicaUpdater updater;
    private final RefusedEvents refusals;

    IndicatorEventsConsumer(IndicatorReplicaUpdater updater, EventsConfig config) {
        this.updater = updater;
        this.refusals = new RefusedEvents(config.refusedAttempts());
    }

    @Incoming(Topics.INDICATOR_EVENTS_IN)
    @Blocking
    @Retry(maxRetries = -1, delay = 200, maxDuration = 0, abortOn = PoisonEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(String record) {
        refusals.apply(record, updater::apply);
    }
}
