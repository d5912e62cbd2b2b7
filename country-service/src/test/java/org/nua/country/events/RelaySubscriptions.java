package org.nua.country.events;

import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.UniInterceptor;
import io.smallrye.mutiny.subscription.UniSubscriber;

/**
 * Counts the subscriptions the outbox relay's thread makes, and those it makes inside a transaction. A
 * subscription is where context propagation captures the thread's context for the callbacks, so one made
 * inside the relay's transaction hands that transaction to the Kafka producer's thread.
 * Registered through {@code META-INF/services}, as Mutiny requires.
 */
public class RelaySubscriptions implements UniInterceptor {

    static final AtomicInteger ALL = new AtomicInteger();
    static final AtomicInteger IN_A_TRANSACTION = new AtomicInteger();

    @Override
    public <T> UniSubscriber<? super T> onSubscription(Uni<T> instance, UniSubscriber<? super T> subscriber) {
        if ("outbox-relay".equals(Thread.currentThread().getName())) {
            ALL.incrementAndGet();
            if (QuarkusTransaction.isActive()) {
                IN_A_TRANSACTION.incrementAndGet();
            }
        }
        return subscriber;
    }
}
