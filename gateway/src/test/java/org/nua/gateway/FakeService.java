package org.nua.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * A stand-in for indicator-service that answers with what it received, so routing can be checked byte for
 * byte; country-service and report-service point at a closed port, as if stopped. The gateway is tested
 * against the real services in deploy/e2e.
 */
public class FakeService implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        CompletableFuture<HttpServer> started = new CompletableFuture<>();
        vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals("/q/health/ready")) {
                request.response().end("{\"status\":\"UP\"}");
                return;
            }
            if (request.path().equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                    .put("openapi", "3.0.3")
                    .put("paths", new JsonObject().put("/api/v1/indicators", new JsonObject()))
                    .encode());
                return;
            }
            if (request.path().endsWith("/slow")) {
                return; // never answers
            }
            request.body().onSuccess(body -> request.response()
                .setStatusCode(request.path().endsWith("/missing") ? 404 : 200)
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject()
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("host", request.authority() == null ? null : request.authority().toString())
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("traceparent", request.getHeader("traceparent"))
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
            server = started.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The fake service did not start", e);
        }
        String closed = "http://127.0.0.1:" + closedPort();
        return Map.of(
            "nua.gateway.services.indicator-service.url", "http://127.0.0.1:" + server.actualPort(),
            "nua.gateway.services.country-service.url", closed,
            "nua.gateway.services.report-service.url", closed,
            "nua.gateway.idle-timeout", "1s");
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
