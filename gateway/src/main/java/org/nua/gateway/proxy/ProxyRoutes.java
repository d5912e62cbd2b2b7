package org.nua.gateway.proxy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;

import org.nua.gateway.config.GatewayConfig;
import org.nua.gateway.security.Authenticator;
import org.nua.gateway.security.InFlightLimiter;
import org.nua.gateway.security.RateLimiter;
import org.nua.platform.problem.RouteProblems;

/**
 * Puts a reverse proxy (Vert.x HTTP proxy) on Quarkus's router for every public path. Before a request is
 * passed on it gets a correlation id, its size is checked, its caller authenticated (the services receive a
 * signed identity, never the client's credentials) and rate-limited, and it is timed per route and client.
 * Bodies stream through in both directions; nothing is buffered, parsed or rewritten on the way.
 */
@ApplicationScoped
public class ProxyRoutes {

    /** Before Quarkus REST, which would otherwise answer 404 for paths it does not know. */
    private static final int ROUTE_ORDER = -100;

    /** Paths the gateway answers itself, after the same checks as proxied ones. */
    static final List<String> OWN_PREFIXES = List.of("/api/v1/api-keys");

    void register(@Observes Router router, Vertx vertx, GatewayConfig config, Authenticator authenticator,
                  RateLimiter rateLimiter, InFlightLimiter inFlight, RouteMetrics metrics) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
            .setConnectTimeout((int) config.connectTimeout().toMillis())
            .setKeepAlive(true)
            .setMaxPoolSize(64));
        Map<String, String> serviceOfPrefix = new LinkedHashMap<>();
        config.services().forEach((name, service) -> service.routes().forEach(p -> serviceOfPrefix.put(p, name)));
        long maxBody = config.maxBodySize().asLongValue();
        Map<String, Long> maxBodyOf = new LinkedHashMap<>();
        config.services().forEach((name, service) -> maxBodyOf.put(name,
            service.maxBodySize().map(MemorySize::asLongValue).orElse(maxBody)));

        UploadPace pace = new UploadPace(vertx, config.minUploadRate().asLongValue(),
            config.uploadGrace().toMillis());
        router.route("/api/*").order(ROUTE_ORDER - 1).handler(CorrelationIds::assign);
        // Worked out once; metrics, the body limit and the identity's audience read it from the context.
        router.route("/api/*").order(ROUTE_ORDER - 1).handler(ctx -> {
            ctx.put(Authenticator.TARGET_SERVICE, routeOf(ctx.request().path(), serviceOfPrefix));
            ctx.next();
        });
        router.route("/api/*").order(ROUTE_ORDER - 1).handler(pace::handle);
        router.route("/api/*").order(ROUTE_ORDER - 1).handler(metrics::handle);
        router.route("/api/*").order(ROUTE_ORDER - 1).handler(ctx -> refuseOversizedBodies(ctx,
            maxBodyOf.getOrDefault(ctx.<String>get(Authenticator.TARGET_SERVICE), maxBody)));
        router.route("/api/*").order(ROUTE_ORDER - 1).handler(ProxyRoutes::refuseEncodedBodies);
        router.route("/api/*").order(ROUTE_ORDER - 1).handler(authenticator::handle);
        router.route("/api/*").order(ROUTE_ORDER - 1).handler(rateLimiter::handle);
        router.route("/api/*").order(ROUTE_ORDER - 1).handler(inFlight::handle);

        for (Map.Entry<String, GatewayConfig.Service> service : config.services().entrySet()) {
            String name = service.getKey();
            ServiceInstances instances = new ServiceInstances(name, service.getValue(), config, vertx);
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                .originRequestProvider((request, http) -> instances.connect(http, request))
                .addInterceptor(new StreamedBodyLimit(maxBodyOf.get(name)))
                .addInterceptor(new DownstreamFailureInterceptor(name, config.retryAfter()))
                .addInterceptor(new ForwardedHeadersInterceptor());
            for (String prefix : service.getValue().routes()) {
                router.route(prefix).order(ROUTE_ORDER).handler(ProxyHandler.create(proxy));
                router.route(prefix + "/*").order(ROUTE_ORDER).handler(ProxyHandler.create(proxy));
                Log.infof("Routing %s/** to %s at %s", prefix, name, instances.urls());
            }
        }
        // Anything else under /api is nobody's: say so in the API's own error format.
        router.route("/api/*").order(ROUTE_ORDER + 1).handler(ctx -> {
            if (OWN_PREFIXES.stream().anyMatch(p -> isUnder(ctx.request().path(), p))) {
                ctx.next();
                return;
            }
            RouteProblems.send(ctx, 404, "urn:nua:problem:not-found", "Not found",
                "No API operation lives at this path; see /openapi for those that do.");
        });
    }

    private static String routeOf(String path, Map<String, String> serviceOfPrefix) {
        for (Map.Entry<String, String> entry : serviceOfPrefix.entrySet()) {
            if (isUnder(path, entry.getKey())) {
                return entry.getValue();
            }
        }
        return OWN_PREFIXES.stream().anyMatch(p -> isUnder(path, p)) ? "gateway" : "none";
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /**
     * Neither the gateway nor a service decodes a compressed body, so one sent with a Content-Encoding would be
     * read as its compressed bytes (a gzipped CSV as a CSV of garbage, or stored as text): refused with 415 and
     * the codings that are accepted, as RFC 9110 (15.5.16) has it.
     */
    private static void refuseEncodedBodies(RoutingContext ctx) {
        String coding = ctx.request().getHeader("Content-Encoding");
        if (coding == null || coding.isBlank() || coding.strip().equalsIgnoreCase("identity")) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("Accept-Encoding", "identity");
        RouteProblems.send(ctx, 415, "urn:nua:problem:unsupported-content-encoding", "Unsupported content encoding",
            "The body is sent with a Content-Encoding; send it uncompressed, without that header.");
    }

    /**
     * A body declared larger than the limit is answered here with a problem; passed on, the service would close
     * the connection unread and the client would be told the service is unavailable.
     */
    private static void refuseOversizedBodies(RoutingContext ctx, long maxBody) {
        String length = ctx.request().getHeader("Content-Length");
        long declared;
        try {
            declared = length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = 0; // Vert.x itself refuses a malformed Content-Length
        }
        if (declared <= maxBody) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("Connection", "close");
        RouteProblems.send(ctx, 413, "urn:nua:problem:payload-too-large", "Request body too large",
            "The body has " + declared + " bytes; one request may carry at most " + maxBody + ". Split the upload.");
    }
}
