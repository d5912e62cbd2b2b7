package org.nua.gateway.security;

import java.util.Optional;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import org.nua.gateway.domain.ApiKeySecrets;
import org.nua.gateway.domain.ApiKeyService;
import org.nua.gateway.domain.Identity;
import org.nua.platform.problem.RouteProblems;

/**
 * Decides who every API request comes from: an API key ({@code X-API-Key}), a staff bearer token, or nobody.
 * The client's credentials stop here; what travels on is the identity signed by {@link IdentitySigner}, in the
 * {@code Authorization} header the services read. Wrong credentials are a 401, never silently anonymous.
 */
@ApplicationScoped
public class Authenticator {

    public static final String API_KEY_HEADER = "X-API-Key";
    /**
     * Where the router leaves the name of the service a request goes to ("gateway" for its own, "none" for no
     * one's): the audience of its identity, and the route its metrics and body limit go by.
     */
    public static final String TARGET_SERVICE = "nua.target-service";
    private static final String IDENTITY = Identity.class.getName();

    private final ApiKeyService keys;
    private final StaffTokens staff;
    private final IdentitySigner signer;
    private final FailedCredentials failed;
    private final Vertx vertx;

    Authenticator(ApiKeyService keys, StaffTokens staff, IdentitySigner signer, FailedCredentials failed,
                  Vertx vertx) {
        this.keys = keys;
        this.staff = staff;
        this.signer = signer;
        this.failed = failed;
        this.vertx = vertx;
    }

    /** The address an anonymous client is counted by, and failed credentials too. */
    static String clientAddress(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    /** The identity the handler established for this request. */
    public static Identity identity(RoutingContext ctx) {
        return ctx.get(IDENTITY);
    }

    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String apiKey = request.getHeader(API_KEY_HEADER);
        String authorization = request.getHeader("Authorization");
        long wait = apiKey == null && authorization == null ? 0 : failed.secondsToWait(request);
        if (wait > 0) {
            ctx.response().putHeader("Retry-After", Long.toString(wait));
            RouteProblems.send(ctx, 429, "urn:nua:problem:too-many-failed-credentials",
                "Too many failed credentials", "This address sent more than " + failed.allowance()
                    + "; no credential it sends is checked for " + wait + " s.");
        } else if (apiKey != null && authorization != null) {
            refuse(ctx, "Send one credential: an X-API-Key or an Authorization header, not both.");
        } else if (apiKey != null) {
            Optional<ApiKeySecrets.Presented> presented = ApiKeySecrets.parse(apiKey);
            if (presented.isEmpty()) {
                refuse(ctx, "The X-API-Key is not an NUA API key (nua_<id>_<secret>).");
                return;
            }
            Optional<Identity> known = keys.authenticateCached(presented.get());
            continueWith(ctx, known, () -> keys.authenticate(presented.get()),
                "The API key is unknown, revoked or expired.");
        } else if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() < 8) {
                refuse(ctx, "Only Bearer tokens are accepted in the Authorization header.");
                return;
            }
            String token = authorization.substring(7).trim();
            continueWith(ctx, staff.verifyCached(token), () -> staff.verify(token),
                "The bearer token is invalid or expired.");
        } else {
            accept(ctx, Identity.anonymous(clientAddress(request)));
        }
    }

    /** {@code known} null means "not in a cache": look it up off the event loop, then go on. */
    @SuppressWarnings("OptionalAssignedToNull")
    private void continueWith(RoutingContext ctx, Optional<Identity> known, Callable<Optional<Identity>> lookup,
                              String refusal) {
        if (known != null) {
            known.ifPresentOrElse(identity -> accept(ctx, identity), () -> refuse(ctx, refusal));
            return;
        }
        vertx.executeBlocking(lookup, false).onComplete(result -> {
            if (result.failed()) {
                Log.errorf(result.cause(), "Credentials could not be checked for %s", ctx.request().path());
                ctx.response().putHeader("Retry-After", "5");
                RouteProblems.send(ctx, 503,
                    "urn:nua:problem:service-unavailable", "Service unavailable",
                    "Credentials cannot be checked right now; retry later.");
            } else if (result.result().isPresent()) {
                accept(ctx, result.result().get());
            } else {
                refuse(ctx, refusal);
            }
        });
    }

    private void accept(RoutingContext ctx, Identity identity) {
        ctx.put(IDENTITY, identity);
        HttpServerRequest request = ctx.request();
        request.headers().remove(API_KEY_HEADER);
        if (identity.isAnonymous()) {
            request.headers().remove("Authorization");
        } else {
            String service = ctx.get(TARGET_SERVICE);
            request.headers().set("Authorization", "Bearer " + signer.sign(identity, service == null ? "gateway"
                : service));
        }
        ctx.next();
    }

    private void refuse(RoutingContext ctx, String detail) {
        failed.failed(ctx.request());
        ctx.response().putHeader("WWW-Authenticate", "Bearer, ApiKey header=\"" + API_KEY_HEADER + "\"");
        RouteProblems.send(ctx, 401, "urn:nua:problem:unauthenticated", "Authentication failed", detail);
    }
}
