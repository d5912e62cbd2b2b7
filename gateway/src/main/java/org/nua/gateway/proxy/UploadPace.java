package org.nua.gateway.proxy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

import org.nua.platform.problem.RouteProblems;

/**
 * The slowest a request body may arrive: after a grace period, on average at least the minimum rate since it
 * began. A body sent a byte a second holds a connection to the service for as long as its sender likes (a 100 kB
 * upload, a day), so a few hundred of them would take every connection the gateway has to a service; cut off,
 * each costs its sender a connection and the gateway a few seconds. A sender slower than the rate (16 kB/s, that
 * is 128 kbit/s, by default) is told so in a 408 problem.
 */
final class UploadPace {

    private final Vertx vertx;
    private final long bytesPerSecond;
    private final long graceMillis;

    UploadPace(Vertx vertx, long bytesPerSecond, long graceMillis) {
        this.vertx = vertx;
        this.bytesPerSecond = bytesPerSecond;
        this.graceMillis = graceMillis;
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.isEnded() || request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD) {
            ctx.next();
            return;
        }
        long began = System.nanoTime();
        long timer = vertx.setPeriodic(graceMillis, Math.max(250, graceMillis / 10), id -> {
            if (request.isEnded()) {
                vertx.cancelTimer(id);
                return;
            }
            long elapsedMillis = (System.nanoTime() - began) / 1_000_000;
            if (request.bytesRead() * 1000 >= bytesPerSecond * elapsedMillis) {
                return;
            }
            vertx.cancelTimer(id);
            if (!ctx.response().headWritten()) {
                ctx.response().putHeader("Connection", "close");
                RouteProblems.send(ctx, 408, "urn:nua:problem:upload-too-slow", "Upload too slow",
                    "The body arrived at " + request.bytesRead() * 1000 / Math.max(1, elapsedMillis) + " bytes a "
                        + "second; the gateway waits for at least " + bytesPerSecond + " once the first "
                        + graceMillis / 1000 + " s have passed. Send it again over a faster link.");
            }
            abandon(request);
        });
        ctx.addEndHandler(done -> {
            vertx.cancelTimer(timer);
            // Answered before its body arrived (401, 429, a service's early refusal): the rest is not read. Kept
            // open, the connection would go on carrying it, to the service too, for as long as the sender likes.
            if (!request.isEnded()) {
                abandon(request);
            }
        });
        ctx.next();
    }

    /**
     * Stops reading a body: whatever was passed on to the service is cut there too and never processed. Over
     * HTTP/1.1 that takes closing the connection. An HTTP/2 stream is reset only while its answer is unfinished
     * (a reset stream loses what was not yet delivered); once answered, flow control bounds what the sender may
     * push, and the connection carries other streams.
     */
    private static void abandon(HttpServerRequest request) {
        if (request.version() != HttpVersion.HTTP_2) {
            request.connection().close();
        } else if (!request.response().ended()) {
            request.response().reset();
        }
    }
}
