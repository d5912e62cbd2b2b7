package org.nua.gateway.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.ext.web.RoutingContext;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.nua.gateway.config.GatewayConfig;
import org.nua.gateway.domain.Identity;
import org.nua.platform.problem.RouteProblems;

/**
 * A token bucket per client (Bucket4j): an API key, a staff member, or an address for anonymous callers. Every
 * answer says where the client stands, in the IETF draft's {@code RateLimit-Policy} and {@code RateLimit}
 * headers; a request over the limit is a 429 problem with {@code Retry-After}. Buckets live in this instance's
 * memory, so N gateway instances allow up to N times the limit.
 */
@ApplicationScoped
public class RateLimiter {

    private final Policy anonymous;
    private final Policy authenticated;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(200_000)
        .expireAfterAccess(Duration.ofMinutes(30)).build();

    private record Policy(String name, long requests, Duration period, String header) {

        Policy(String name, long requests, Duration period) {
            this(name, requests, period, "\"" + name + "\";q=" + requests + ";w=" + period.toSeconds());
        }

        Bucket newBucket() {
            return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(requests).refillGreedy(requests, period).build())
                .build();
        }
    }

    RateLimiter(GatewayConfig config) {
        GatewayConfig.RateLimits limits = config.rateLimits();
        this.anonymous = new Policy("anonymous", limits.anonymous().requests(), limits.anonymous().period());
        this.authenticated = new Policy("client", limits.authenticated().requests(),
            limits.authenticated().period());
    }

    public void handle(RoutingContext ctx) {
        Identity identity = Authenticator.identity(ctx);
        Policy policy = identity.isAnonymous() ? anonymous : authenticated;
        ConsumptionProbe probe = buckets.get(policy.name() + "|" + identity.client(), k -> policy.newBucket())
            .tryConsumeAndReturnRemaining(1);
        long secondsToFull = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForReset()));
        ctx.response()
            .putHeader("RateLimit-Policy", policy.header())
            .putHeader("RateLimit", "\"" + policy.name() + "\";r=" + probe.getRemainingTokens() + ";t=" + secondsToFull);
        if (probe.isConsumed()) {
            ctx.next();
            return;
        }
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
        RouteProblems.send(ctx, 429, "urn:nua:problem:rate-limited", "Too many requests",
            "This client may send " + policy.requests() + " requests per " + policy.period().toSeconds()
                + " s; retry in " + retryAfter + " s.");
    }
}
