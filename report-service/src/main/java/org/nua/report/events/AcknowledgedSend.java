package org.nua.report.events;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.quarkus.logging.Log;

/**
 * Sends one message and waits for the broker's acknowledgement: callers record a job sent or an ending announced
 * only once Kafka has it, and leave the rest to the sweeper.
 */
final class AcknowledgedSend {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private AcknowledgedSend() {
    }

    /**
     * @param what the message in words, for the log when it is not acknowledged
     * @return whether the broker acknowledged it within {@link #TIMEOUT}
     */
    static boolean send(Emitter<String> emitter, Message<String> message, String what) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        emitter.send(message
            .withAck(() -> {
                acked.complete(null);
                return CompletableFuture.completedFuture(null);
            })
            .withNack(e -> {
                acked.completeExceptionally(e);
                return CompletableFuture.completedFuture(null);
            }));
        try {
            acked.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            Log.warnf("%s not acknowledged by Kafka yet (%s); the sweeper will send it again", what,
                e.getCause() == null ? e.toString() : e.getCause().toString());
        }
        return false;
    }
}
