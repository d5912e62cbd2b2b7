package org.nua.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Stand-ins for indicator-service and country-service that answer with what they received (headers included),
 * so routing and the identity passed on can be checked byte for byte; country-service also lists Jordan's one
 * agency, for issuing API keys. indicator-service has two instances and a stopped third; report-service points
 * at a closed port, as if stopped. The gateway is tested
 * against the real services in deploy/e2e.
 */
public class FakeService implements QuarkusTestResourceLifecycleManager {

    /** The one agency the fake country-service knows, in Jordan. */
    public static final String JORDAN_AGENCY = "DOS";

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer indicators = serve("/api/v1/indicators", "indicators-1");
        HttpServer moreIndicators = serve("/api/v1/indicators", "indicators-2");
        HttpServer countries = serve("/api/v1/countries", "countries-1");
        String closed = "http://127.0.0.1:" + closedPort();
        return Map.of(
            // Two instances of indicator-service and, between them, a third that is stopped.
            "nua.gateway.services.indicator-service.urls", "http://127.0.0.1:" + indicators.actualPort() + ","
                + closed + ",http://127.0.0.1:" + moreIndicators.actualPort(),
            "nua.gateway.services.country-service.urls", "http://127.0.0.1:" + countries.actualPort(),
            "nua.gateway.services.report-service.urls", closed,
            "nua.gateway.idle-timeout", "1s");
    }

    private HttpServer serve(String ownPath, String instance) {
        CompletableFuture<HttpServer> started = new CompletableFuture<>();
        vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals("/q/health/ready")) {
                request.response().end("{\"status\":\"UP\"}");
                return;
            }
            if (request.path().equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                    .put("openapi", "3.0.3")
                    .put("paths", new JsonObject().put(ownPath, new JsonObject()))
                    .encode());
                return;
            }
            if (request.path().equals("/api/v1/countries/JOR/agencies")) {
                request.response().putHeader("Content-Type", "application/json")
                    .end(new JsonArray().add(new JsonObject().put("code", JORDAN_AGENCY)).encode());
                return;
            }
            if (request.path().startsWith("/api/v1/countries/") && request.path().endsWith("/agencies")) {
                request.response().setStatusCode(404).end();
                return;
            }
            if (request.path().endsWith("/slow")) {
                return; // never answers
            }
            if (request.path().endsWith("/trickle")) {
                // Answers for three seconds, a byte every 300 ms: slow, but never idle long enough for a 504.
                request.response().setChunked(true).putHeader("Content-Type", "text/plain");
                long[] sent = {0};
                vertx.setPeriodic(300, id -> {
                    if (++sent[0] == 10) {
                        vertx.cancelTimer(id);
                        request.response().end("x");
                    } else {
                        request.response().write("x");
                    }
                });
                return;
            }
            if (request.path().endsWith("/hang-up")) {
                request.body().onSuccess(body -> request.connection().close()); // reads it, then dies
                return;
            }
            request.body().onSuccess(body -> request.response()
                .setStatusCode(request.path().endsWith("/missing") ? 404 : 200)
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject()
                    .put("instance", instance)
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("host", request.authority() == null ? null : request.authority().toString())
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("traceparent", request.getHeader("traceparent"))
                    .put("authorization", request.getHeader("Authorization"))
                    .put("apiKey", request.getHeader("X-API-Key"))
                    .put("body", body.toString())
                    .encode()));
        }).listen(0, "127.0.0.1").onComplete(ar -> {
            if (ar.succeeded()) {
                started.complete(ar.result());
            } else {
                started.completeExceptionally(ar.cause());
            }
        });
        try {
            return started.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The fake service did not start", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
