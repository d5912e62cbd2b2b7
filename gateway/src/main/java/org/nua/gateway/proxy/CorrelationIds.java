package org.nua.gateway.proxy;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import io.vertx.ext.web.RoutingContext;

/**
 * Gives every API request an X-Request-Id: the client's own when it sent a sensible one, a new UUID otherwise.
 * The service behind receives it, the client gets it back, and the access log records it, so one id follows
 * a request through every log. W3C traceparent headers pass through untouched.
 */
final class CorrelationIds {

    static final String HEADER = "X-Request-Id";

    /** Printable ASCII without spaces, short enough for a log line; anything else is replaced. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[\\x21-\\x7e]{1,128}");

    private CorrelationIds() {
    }

    /**
     * A random (version 4) UUID from the thread's own generator: an id needs to be unique, not unguessable, and
     * {@link UUID#randomUUID()} would make every request queue for the one shared SecureRandom.
     */
    static String randomId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xC000_0000_0000_0000L) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    static void assign(RoutingContext ctx) {
        String id = ctx.request().getHeader(HEADER);
        if (id == null || !ACCEPTABLE.matcher(id).matches()) {
            id = randomId();
            ctx.request().headers().set(HEADER, id);
        }
        ctx.response().putHeader(HEADER, id);
        ctx.next();
    }
}
