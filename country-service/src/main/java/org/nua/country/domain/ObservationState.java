package org.nua.country.domain;

import java.time.Instant;

/**
 * What was known of an observation at some instant: its key, and the revision current then.
 *
 * @param value      null when this revision withdrew the observation
 * @param recordedAt when this revision was recorded
 */
public record ObservationState(ObservationKey key, ObservationValue value, int revision, Instant createdAt,
                               Instant recordedAt) {

    public boolean withdrawn() {
        return value == null;
    }
}
