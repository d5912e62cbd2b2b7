package org.nua.platform.outbox;

/** CDI signal fired when an event is appended; observed after commit to relay it without waiting for a poll. */
public record OutboxAppended() {
}
