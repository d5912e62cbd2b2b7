package org.nua.gateway.proxy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;

import org.nua.gateway.domain.Identity;
import org.nua.gateway.security.Authenticator;

/**
 * Times every proxied request by route (the service), client (API key or staff member; one "anonymous" for
 * all others, so addresses never become labels), method and status: {@code nua_gateway_requests_seconds} at
 * /q/metrics, in Prometheus's format.
 */
@ApplicationScoped
public class RouteMetrics {

    private final MeterRegistry registry;
    /** Meters by their labels: looked up here rather than registered anew on every request, which costs. */
    private final Map<Labels, Timer> timers = new ConcurrentHashMap<>();

    private record Labels(String route, String client, String method, int status) {
    }

    RouteMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Records the request once its answer has been sent, whatever answered it (the service, or the gateway
     * itself with a 401, 413 or 429), under the route the router left in {@link Authenticator#TARGET_SERVICE}.
     */
    public void handle(RoutingContext ctx) {
        long started = System.nanoTime();
        String route = ctx.get(Authenticator.TARGET_SERVICE);
        ctx.addEndHandler(done -> {
            Identity identity = Authenticator.identity(ctx);
            String client = identity == null || identity.isAnonymous() ? Identity.ANONYMOUS : identity.client();
            timers.computeIfAbsent(new Labels(route, client, ctx.request().method().name(),
                    ctx.response().getStatusCode()), this::timer)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        });
        ctx.next();
    }

    private Timer timer(Labels labels) {
        return Timer.builder("nua.gateway.requests")
            .description("Requests through the gateway, by route, client, method and status")
            .tag("route", labels.route())
            .tag("client", labels.client())
            .tag("method", labels.method())
            .tag("status", Integer.toString(labels.status()))
            .register(registry);
    }
}
