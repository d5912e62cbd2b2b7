package org.nua.gateway.proxy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/** RFC 9457 bodies for what goes wrong at the gateway itself (a downstream service's problems pass through). */
final class ProblemResponses {

    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    static Buffer body(int status, String type, String title, String detail, String instance) {
        return new JsonObject()
            .put("type", type)
            .put("title", title)
            .put("status", status)
            .put("detail", detail)
            .put("instance", instance)
            .toBuffer();
    }
}
