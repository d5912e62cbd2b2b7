package org.nua.platform.events;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The failure policy of one consuming channel: what a retry can cure is retried for as long as it takes (the
 * database or a lock being away), what it cannot (the database refusing the record's data, PostgreSQL's SQLSTATE
 * classes 22 "data exception" and 23 "integrity constraint violation") is tried a bounded number of times and then
 * dead-lettered with the reason, so one record never blocks the partition behind it. A failure of no known kind
 * counts as curable: skipping an event for an unknown reason would lose it.
 *
 * <p>Records of one channel are applied one at a time, in order, so remembering the last refused record is enough
 * to count its attempts.
 */
public final class RefusedEvents {

    /** SQLSTATE classes of failures that the same record meets again on every attempt. */
    private static final Set<String> REFUSALS = Set.of("22", "23");

    private final int attempts;
    private String refusedRecord;
    private int refusals;

    /** @param attempts how often a refused record is tried before it goes to the dead-letter topic */
    public RefusedEvents(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.attempts = attempts;
    }

    /**
     * Applies the record. A failure is thrown on for the channel's retry, except the last refusal of a record,
     * which becomes a {@link PoisonEventException} that dead-letters it.
     */
    public synchronized void apply(String record, Consumer<String> apply) {
        try {
            apply.accept(record);
            refusedRecord = null;
        } catch (RuntimeException e) {
            String reason = refusal(e);
            if (reason == null) {
                throw e;
            }
            if (!record.equals(refusedRecord)) {
                refusedRecord = record;
                refusals = 0;
            }
            if (++refusals < attempts) {
                throw e;
            }
            refusedRecord = null;
            throw new PoisonEventException("The database refused the event " + attempts + " time(s): " + reason, e);
        }
    }

    /** Why the database refused the record for good, or null when the failure may pass on another attempt. */
    static String refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && state.length() == 5 && REFUSALS.contains(state.substring(0, 2))) {
                    return "SQLSTATE " + state + ", " + sql.getMessage();
                }
            }
        }
        return null;
    }
}
