package org.nua.gateway.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.nua.gateway.config.GatewayConfig;
import org.nua.platform.problem.RouteProblems;

/**
 * Keeps /q/metrics for the operator's scraper. Its series are labelled by client (an API key's id, a staff
 * member's subject, which may be an e-mail address), which is no one else's business; so it is answered only to
 * a bearer of the scrape secret, and to nobody where none is configured. The secret is compared in constant
 * time, so timing does not reveal how much of a guess was right.
 */
// Made at start-up, so a token file that is there but unreadable stops the gateway then, not on the first scrape.
@Startup
@ApplicationScoped
public class MetricsAccess {

    /** Before Quarkus's own handler of the path, which would otherwise answer first. */
    private static final int ORDER = Integer.MIN_VALUE + 1000;

    private final byte[] expected;

    MetricsAccess(GatewayConfig config) {
        this.expected = config.metrics().tokenFile().map(MetricsAccess::expectedAuthorization).orElse(null);
    }

    /** The Authorization header a scrape must send; null when the file is not there. */
    private static byte[] expectedAuthorization(Path file) {
        // An optional Secret left out (Kubernetes mounts nothing then): metrics for nobody, not a failed start.
        if (Files.notExists(file)) {
            Log.warnf("No metrics token at %s: /q/metrics is answered to nobody", file);
            return null;
        }
        try {
            return ("Bearer " + Files.readString(file).strip()).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The metrics token file " + file + " cannot be read", e);
        }
    }

    void register(@Observes Router router) {
        router.route("/q/metrics").order(ORDER).handler(this::handle);
        router.route("/q/metrics/*").order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        if (expected != null && authorization != null
            && MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8))) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
        RouteProblems.send(ctx, 401, "urn:nua:problem:unauthenticated", "Authentication required",
            "The gateway's metrics are for its operator's scraper: send Authorization: Bearer with the secret of "
                + "the file NUA_METRICS_TOKEN_FILE names.");
    }
}
