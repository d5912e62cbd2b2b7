package org.nua.gateway.proxy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 bodies for what goes wrong at the gateway itself (a downstream service's problems pass through). */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
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
            .putHeader("Content-Type", MEDIA_TYPE)
            .end(body(status, type, title, detail, ctx.request().path()));
    }
}
