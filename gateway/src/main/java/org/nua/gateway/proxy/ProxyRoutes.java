package org.nua.gateway.proxy;

import java.net.URI;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;

import io.quarkus.logging.Log;

import org.nua.gateway.config.GatewayConfig;

/**
 * Puts a reverse proxy (Vert.x HTTP proxy) on Quarkus's router for every public path. Bodies stream through
 * in both directions; nothing is buffered, parsed or rewritten on the way.
 */
@ApplicationScoped
public class ProxyRoutes {

    /** Before Quarkus REST, which would otherwise answer 404 for paths it does not know. */
    private static final int ROUTE_ORDER = -100;

    void register(@Observes Router router, Vertx vertx, GatewayConfig config) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
            .setConnectTimeout((int) config.connectTimeout().toMillis())
            .setKeepAlive(true)
            .setMaxPoolSize(64));
        router.route("/api/*").order(ROUTE_ORDER - 1).handler(CorrelationIds::assign);
        long maxBody = config.maxBodySize().asLongValue();
        router.route("/api/*").order(ROUTE_ORDER - 1).handler(ctx -> refuseOversizedBodies(ctx, maxBody));
        for (Map.Entry<String, GatewayConfig.Service> service : config.services().entrySet()) {
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                .originRequestProvider((request, http) -> http.request(origin(service.getValue().url(), config)))
                .addInterceptor(new DownstreamFailureInterceptor(service.getKey(), config.retryAfter()))
                .addInterceptor(new ForwardedHeadersInterceptor());
            for (String prefix : service.getValue().routes()) {
                router.route(prefix).order(ROUTE_ORDER).handler(ProxyHandler.create(proxy));
                router.route(prefix + "/*").order(ROUTE_ORDER).handler(ProxyHandler.create(proxy));
                Log.infof("Routing %s/** to %s at %s", prefix, service.getKey(), service.getValue().url());
            }
        }
        // Anything else under /api is nobody's: say so in the API's own error format.
        router.route("/api/*").order(ROUTE_ORDER + 1).handler(ctx -> ctx.response()
            .setStatusCode(404)
            .putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
            .end(ProblemResponses.body(404, "urn:nua:problem:not-found", "Not found",
                "No API operation lives at this path; see /openapi for those that do.", ctx.request().path())));
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
        ctx.response()
            .setStatusCode(413)
            .putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
            .putHeader("Connection", "close")
            .end(ProblemResponses.body(413, "urn:nua:problem:payload-too-large", "Request body too large",
                "The body has " + declared + " bytes; one request may carry at most " + maxBody
                    + ". Split the upload.", ctx.request().path()));
    }

    private static RequestOptions origin(URI url, GatewayConfig config) {
        int port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
        return new RequestOptions()
            .setServer(SocketAddress.inetSocketAddress(port, url.getHost()))
            .setConnectTimeout(config.connectTimeout().toMillis())
            .setIdleTimeout(config.idleTimeout().toMillis());
    }
}
