package org.nua.indicator.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.nua.indicator.domain.DesiredDirection;
import org.nua.indicator.domain.IndicatorDefinition;
import org.nua.indicator.domain.IndicatorService;
import org.nua.indicator.domain.IndicatorStatus;
import org.nua.platform.outbox.OutboxRepository;
import org.nua.testsupport.TopicProbe;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    IndicatorService service;

    @Inject
    OutboxRepository outbox;

    /**
     * The trap of watermark relays: an event whose transaction commits after a later-numbered one has been
     * published must still be published.
     */
    @Test
    void eventCommittedOutOfIdOrderIsNotSkipped() throws Exception {
        String early = "EARLY-" + UUID.randomUUID().toString().substring(0, 6);
        String late = "LATE-" + UUID.randomUUID().toString().substring(0, 6);
        CountDownLatch earlyInserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        // Takes the lower outbox id first, then holds its transaction open.
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            service.create(early, IndicatorStatus.ACTIVE, definition(early));
            earlyInserted.countDown();
            await(release);
        }));
        assertThat(earlyInserted.await(10, TimeUnit.SECONDS)).isTrue();

        // A higher id commits and is published while the lower one is still in flight.
        service.create(late, IndicatorStatus.ACTIVE, definition(late));
        TopicProbe probe = TopicProbe.onSharedBroker();
        probe.await(Topics.INDICATOR_EVENTS, r -> late.equals(r.key()), Duration.ofSeconds(15));

        release.countDown();
        slow.get(10, TimeUnit.SECONDS);
        probe.await(Topics.INDICATOR_EVENTS, r -> early.equals(r.key()), Duration.ofSeconds(15));
        assertThat(outbox.count("publishedAt is null and aggregateId in ?1", java.util.List.of(early, late)))
            .isZero();
    }

    @Test
    void rolledBackChangeLeavesNoEvent() {
        String code = "ROLLBACK-" + UUID.randomUUID().toString().substring(0, 6);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                service.create(code, IndicatorStatus.ACTIVE, definition(code));
                throw new IllegalStateException("abort");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        assertThat(outbox.count("aggregateId", code)).isZero();
        assertThat(TopicProbe.onSharedBroker()
            .collect(Topics.INDICATOR_EVENTS, r -> code.equals(r.key()), Duration.ofSeconds(2))).isEmpty();
    }

    private static IndicatorDefinition definition(String name) {
        return new IndicatorDefinition("PROJECT", null, null, Map.of("en", name), null, null, "NUMBER", null,
            DesiredDirection.INCREASE, null, null, null, null, null, null, false, null, null, null, null, null, null,
            null);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
