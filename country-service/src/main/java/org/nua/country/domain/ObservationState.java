package org.nua.country.domain;

import java.time.Instant;

/** What was known of an observation at some instant: its key, and the revision current then. */
public record ObservationState(ObservationKey key, ObservationValue value, int revision, Instant createdAt,
                               Instant recordedAt) {
}
