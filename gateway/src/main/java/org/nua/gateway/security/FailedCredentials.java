package org.nua.gateway.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.vertx.core.http.HttpServerRequest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.nua.gateway.config.GatewayConfig;

/**
 * Credentials that failed, counted per client address (Bucket4j, in this instance's memory). The rate limit
 * counts only those who got in; without this, random keys and forged tokens got unlimited 401s, and each unknown
 * key cost a database lookup. An address over its allowance is answered 429 before any credential it sends is
 * looked at; one that never fails is never counted.
 */
@ApplicationScoped
public class FailedCredentials {

    private final Bandwidth allowance;
    private final long failures;
    private final Duration period;
    private final Cache<String, Bucket> byAddress = Caffeine.newBuilder().maximumSize(100_000)
        .expireAfterAccess(Duration.ofMinutes(30)).build();

    FailedCredentials(GatewayConfig config) {
        this.failures = config.rateLimits().failedCredentials().requests();
        this.period = config.rateLimits().failedCredentials().period();
        this.allowance = Bandwidth.builder().capacity(failures).refillIntervally(failures, period).build();
    }

    /** Seconds until the address may try a credential again; 0 when it may now. */
    long secondsToWait(HttpServerRequest request) {
        Bucket bucket = byAddress.getIfPresent(Authenticator.clientAddress(request));
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return 0;
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
    }

    void failed(HttpServerRequest request) {
        byAddress.get(Authenticator.clientAddress(request), a -> Bucket.builder().addLimit(allowance).build())
            .tryConsume(1);
    }

    /** What the problem says: the allowance, in the words of its configuration. */
    String allowance() {
        return failures + " failed credentials per " + period.toSeconds() + " s";
    }
}
