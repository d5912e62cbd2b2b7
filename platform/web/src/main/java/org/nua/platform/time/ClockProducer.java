package org.nua.platform.time;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * One injectable clock, so that time is a dependency like any other. It ticks in microseconds, the precision
 * PostgreSQL stores: an instant read back from the database, answered by the API or carried by an event is then
 * the one the code saw, never one rounded differently in each place.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
