package org.nua.gateway.proxy;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Handler;
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

    RouteMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * A handler that records the request once its answer has been sent, whatever answered it (the service, or
     * the gateway itself with a 401, 413 or 429).
     */
    public Handler<RoutingContext> handler(Function<String, String> routeOfPath) {
        return ctx -> {
            long started = System.nanoTime();
            String route = routeOfPath.apply(ctx.request().path());
            ctx.addEndHandler(done -> {
                Identity identity = Authenticator.identity(ctx);
                String client = identity == null || identity.isAnonymous() ? Identity.ANONYMOUS : identity.client();
                Timer.builder("nua.gateway.requests")
                    .description("Requests through the gateway, by route, client, method and status")
                    .tag("route", route)
                    .tag("client", client)
                    .tag("method", ctx.request().method().name())
                    .tag("status", Integer.toString(ctx.response().getStatusCode()))
                    .register(registry)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            });
            ctx.next();
        };
    }
}
