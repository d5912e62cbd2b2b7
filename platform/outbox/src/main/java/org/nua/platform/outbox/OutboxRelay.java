package org.nua.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.nua.platform.events.EventHeaders;
import org.nua.platform.events.EventsConfig;
import org.nua.platform.events.TopicDeclarations;

/**
 * Publishes outbox rows to Kafka, oldest first, and marks them published once the broker has acknowledged
 * them. Delivery is at least once: a crash between the acknowledgement and the commit sends a batch again,
 * and consumers deduplicate on the event id.
 *
 * <p>All relaying runs on one thread; each commit that appends an event wakes it, and a poll catches
 * anything a wake-up missed (for example events left behind when Kafka was down).
 */
@ApplicationScoped
public class OutboxRelay {

    /**
     * The outgoing channel every outbox row goes through, whatever its topic: a service configures it as
     * {@code mp.messaging.outgoing.outbox-out.*} with a {@code ByteArraySerializer} (the payload is the wire's bytes).
     */
    public static final String CHANNEL = "outbox-out";

    private final OutboxRepository outbox;
    private final TopicDeclarations topics;
    private final MutinyEmitter<byte[]> emitter;
    private final EventsConfig config;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();

    OutboxRelay(OutboxRepository outbox, TopicDeclarations topics,
                @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                MutinyEmitter<byte[]> emitter,
                EventsConfig config, Clock clock) {
        this.outbox = outbox;
        this.topics = topics;
        this.emitter = emitter;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        wakeUp(); // declares the topics early and sends whatever an earlier run left behind
    }

    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wakeUp();
    }

    // The scheduler starts before messaging is wired; a poll then would find no channel to send to.
    @Scheduled(every = "${nua.events.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
        skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        wakeUp();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
        skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        Instant cutoff = Instant.now(clock).minus(config.retention());
        long purged = QuarkusTransaction.requiringNew().call(() -> outbox.purgePublishedBefore(cutoff));
        if (purged > 0) {
            Log.debugf("Purged %d published outbox events", purged);
        }
    }

    /** Asks the relay thread for a pass; wake-ups that arrive while one is queued fold into it. */
    public void wakeUp() {
        if (wakeUpPending.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        wakeUpPending.set(false);
        try {
            while (relayBatch() == config.batchSize()) {
                // a full batch means more may be waiting
            }
        } catch (RuntimeException e) {
            Log.warnf("Outbox relay pass failed, will retry: %s", e.toString());
        }
    }

    /** Publishes one batch; returns how many events it published. */
    int relayBatch() {
        if (!topics.ensureDeclared()) {
            return 0;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!outbox.tryLockRelay()) {
                return 0; // another instance is relaying
            }
            List<OutboxEvent> batch = outbox.pending(config.batchSize());
            if (batch.isEmpty()) {
                return 0;
            }
            QuarkusTransaction.suspendingExisting().run(() -> sendAll(batch));
            outbox.markPublished(batch.stream().map(OutboxEvent::id).toList(), Instant.now(clock));
            return batch.size();
        });
    }

    /**
     * Sends a batch and waits for the broker's acknowledgements. The caller suspends the relay's transaction
     * first: context propagation would otherwise carry it into the acknowledgement callbacks on the Kafka
     * producer's thread, and a commit racing such a callback is refused with ARJUNA012094 ("Commit invoked
     * while multiple threads active"), rolled back, and the batch sent again.
     */
    private void sendAll(List<OutboxEvent> batch) {
        Uni.join().all(batch.stream().map(this::send).toList()).andFailFast()
            .await().atMost(config.sendTimeout());
    }

    private Uni<Void> send(OutboxEvent event) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
            .withTopic(event.topic())
            .withKey(event.aggregateId())
            .withHeaders(event.republished() ? EventHeaders.republished() : EventHeaders.structured())
            .build();
        return emitter.sendMessage(Message.of(event.payload()).addMetadata(metadata));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
