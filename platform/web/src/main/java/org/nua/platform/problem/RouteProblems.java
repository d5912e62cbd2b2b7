package org.nua.platform.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * RFC 9457 bodies for code that answers on a Vert.x route rather than through a JAX-RS resource (the gateway's
 * proxy, authentication and rate limits), in the same shape as {@link Problem}.
 */
public final class RouteProblems {

    private RouteProblems() {
    }

    public static Buffer body(int status, String type, String title, String detail, String instance) {
        return new JsonObject()
            .put("type", type)
            .put("title", title)
            .put("status", status)
            .put("detail", detail)
            .put("instance", instance)
            .toBuffer();
    }

    /** Ends the exchange with a problem; headers already set on the response (RateLimit, ...) stay. */
    public static void send(RoutingContext ctx, int status, String type, String title, String detail) {
        ctx.response()
            .setStatusCode(status)
            .putHeader("Content-Type", Problem.MEDIA_TYPE)
            .end(body(status, type, title, detail, ctx.request().path()));
    }
}
