package org.nua.platform.events;

/**
 * A record that can never be applied, however often it is retried (not JSON, not an envelope, missing
 * fields). It goes to the dead-letter topic with this message as the reason, and consumption goes on.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
