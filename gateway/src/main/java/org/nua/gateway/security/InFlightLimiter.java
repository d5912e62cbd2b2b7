package org.nua.gateway.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.ext.web.RoutingContext;

import org.nua.gateway.config.GatewayConfig;
import org.nua.gateway.domain.Identity;
import org.nua.platform.problem.RouteProblems;

/**
 * How many requests of one client (an address when anonymous, else its key or staff member) the gateway serves
 * at once. A rate limit counts requests as they start, so a hundred uploads that each take hours cost a client a
 * hundred tokens while they hold a hundred connections to a service, and with them the pool every other client
 * needs; past this limit a client's next request is a 429 at once, and the others go on being served.
 */
@ApplicationScoped
public class InFlightLimiter {

    private final int anonymous;
    private final int authenticated;
    private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    InFlightLimiter(GatewayConfig config) {
        this.anonymous = config.inFlight().anonymous();
        this.authenticated = config.inFlight().authenticated();
    }

    public void handle(RoutingContext ctx) {
        Identity identity = Authenticator.identity(ctx);
        int limit = identity.isAnonymous() ? anonymous : authenticated;
        String client = identity.client();
        // Counted and forgotten under the map's lock, so a count dropping to zero never loses a new request's.
        int count = inFlight.compute(client, (c, n) -> n == null ? new AtomicInteger(1) : increment(n)).get();
        if (count > limit) {
            release(client);
            ctx.response().putHeader("Retry-After", "1");
            RouteProblems.send(ctx, 429, "urn:nua:problem:too-many-in-flight", "Too many requests at once",
                "This client has " + limit + " requests in progress, the most the gateway serves at once for one "
                    + "client; send the next when one has been answered.");
            return;
        }
        AtomicBoolean released = new AtomicBoolean();
        // Answered, failed or cut off by either side: the slot is given back once.
        ctx.addEndHandler(done -> {
            if (released.compareAndSet(false, true)) {
                release(client);
            }
        });
        ctx.next();
    }

    /** Requests of a client in progress now; for tests. */
    int inFlight(String client) {
        AtomicInteger count = inFlight.get(client);
        return count == null ? 0 : count.get();
    }

    private static AtomicInteger increment(AtomicInteger count) {
        count.incrementAndGet();
        return count;
    }

    private void release(String client) {
        inFlight.computeIfPresent(client, (c, n) -> n.decrementAndGet() == 0 ? null : n);
    }
}
