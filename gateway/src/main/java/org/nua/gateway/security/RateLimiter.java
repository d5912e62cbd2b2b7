package org.nua.gateway.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.nua.gateway.config.GatewayConfig;
import org.nua.gateway.domain.Identity;
import org.nua.platform.problem.RouteProblems;

/**
 * A token bucket per client (Bucket4j): an API key, a staff member, or an address for anonymous callers. Every
 * answer says where the client stands, in the IETF draft's {@code RateLimit-Policy} and {@code RateLimit}
 * headers; a request over the limit is a 429 problem with {@code Retry-After}.
 *
 * <p>The buckets that decide live in the gateway's database (Bucket4j's PostgreSQL backend, a row per client
 * locked for each request), so a limit holds however many gateway instances share a client's requests. Each
 * instance also keeps the same bucket in memory: it sees only part of the client's traffic, so when it is empty
 * the shared one is too, and a client over its limit is refused without touching the database, which keeps a
 * flood from queueing every other client behind its row lock. When the database cannot be reached, the
 * instance's own bucket decides, so the limit still holds per instance.
 */
@ApplicationScoped
public class RateLimiter {

    private final Policy anonymous;
    private final Policy authenticated;
    private final Vertx vertx;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;
    private final Cache<String, Bucket> local = Caffeine.newBuilder().maximumSize(200_000)
        .expireAfterAccess(Duration.ofMinutes(30)).build();

    private record Policy(String name, long requests, Duration period, String header, Bandwidth limit) {

        Policy(String name, long requests, Duration period) {
            this(name, requests, period, "\"" + name + "\";q=" + requests + ";w=" + period.toSeconds(),
                Bandwidth.builder().capacity(requests).refillGreedy(requests, period).build());
        }

        BucketConfiguration configuration() {
            return BucketConfiguration.builder().addLimit(limit).build();
        }

        /** The shared row of a client; a changed limit starts a new bucket rather than reinterpreting the old. */
        String key(Identity identity) {
            return name + ":" + requests + "/" + period.toSeconds() + "s:" + identity.client();
        }
    }

    RateLimiter(GatewayConfig config, DataSource dataSource, Vertx vertx) {
        GatewayConfig.RateLimits limits = config.rateLimits();
        this.anonymous = new Policy("anonymous", limits.anonymous().requests(), limits.anonymous().period());
        this.authenticated = new Policy("client", limits.authenticated().requests(),
            limits.authenticated().period());
        this.vertx = vertx;
        this.shared = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
            // A row may go once its bucket would be full again anyway; a minute later, so clocks may differ.
            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                Duration.ofMinutes(1)))
            .build();
    }

    /** Forgets the rows of buckets that have refilled, a batch a minute; instances skip each other's rows. */
    void scheduleCleanup(@Observes StartupEvent start) {
        vertx.setPeriodic(Duration.ofMinutes(1).toMillis(), id -> vertx.executeBlocking(() -> {
            int removed;
            do {
                removed = shared.removeExpired(1_000);
            } while (removed == 1_000);
            return null;
        }, false).onFailure(failure -> Log.warnf("Expired rate-limit buckets not removed: %s", failure.toString())));
    }

    public void handle(RoutingContext ctx) {
        Identity identity = Authenticator.identity(ctx);
        Policy policy = identity.isAnonymous() ? anonymous : authenticated;
        String key = policy.key(identity);
        ConsumptionProbe own = local.get(key, k -> Bucket.builder().addLimit(policy.limit()).build())
            .tryConsumeAndReturnRemaining(1);
        if (!own.isConsumed()) {
            answer(ctx, policy, own);
            return;
        }
        vertx.executeBlocking(() -> shared.builder().build(key, policy::configuration).tryConsumeAndReturnRemaining(1),
            false).onComplete(result -> {
                if (result.failed()) {
                    Log.warnf("Shared rate limits unavailable, this instance's bucket decides: %s",
                        result.cause().toString());
                    answer(ctx, policy, own);
                } else {
                    answer(ctx, policy, result.result());
                }
            });
    }

    private static void answer(RoutingContext ctx, Policy policy, ConsumptionProbe probe) {
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
