package org.nua.gateway.proxy;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import io.quarkus.logging.Log;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.impl.NoStackTraceTimeoutException;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

import org.nua.platform.problem.Problem;
import org.nua.platform.problem.RouteProblems;

/**
 * Turns a failure to reach a service into a problem the client can act on, instead of the proxy's bare 502,
 * and says only what the gateway knows: 503 with Retry-After when no instance could be connected to (nothing
 * was sent), 504 when the service stopped answering, and, when the connection broke after the request went
 * out, 502 for a write (it may have taken effect) or 503 for a read (retrying it is harmless).
 */
final class DownstreamFailureInterceptor implements ProxyInterceptor {

    private final String service;
    private final Duration retryAfter;

    DownstreamFailureInterceptor(String service, Duration retryAfter) {
        this.service = service;
        this.retryAfter = retryAfter;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(problem(context, failure)));
    }

    private ProxyResponse problem(ProxyContext context, Throwable failure) {
        String path = context.request().proxiedRequest().path();
        Log.warnf("%s unavailable for %s %s: %s", service, context.request().getMethod(), path, failure.toString());
        ProxyResponse response = context.request().response();
        response.headers().clear();
        if (isTimeout(failure)) {
            return answer(response, 504, "Gateway Timeout", "urn:nua:problem:upstream-timeout", "Service timed out",
                "The " + service + " did not answer in time; the request may or may not have taken effect.", path,
                false);
        }
        if (!notSent(failure)) {
            HttpMethod method = context.request().getMethod();
            if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
                return answer(response, 502, "Bad Gateway", "urn:nua:problem:outcome-unknown", "Outcome unknown",
                    "The request reached the " + service + ", whose answer was lost: it may or may not have "
                        + "taken effect. Send it again with the same Idempotency-Key (applied at most once), or "
                        + "read the resource or the job to find out.", path, false);
            }
            return unavailable(response, "The " + service + " stopped while answering; retry the read.", path);
        }
        return unavailable(response, failure instanceof OpenCircuitException
            ? "The " + service + " failed repeatedly and is left alone for a moment; retry later."
            : "The " + service + " cannot be reached right now; retry later.", path);
    }

    private ProxyResponse unavailable(ProxyResponse response, String detail, String path) {
        return answer(response, 503, "Service Unavailable", "urn:nua:problem:service-unavailable",
            "Service unavailable", detail, path, true);
    }

    private ProxyResponse answer(ProxyResponse response, int status, String statusMessage, String type,
                                 String title, String detail, String path, boolean retry) {
        response.setStatusCode(status).setStatusMessage(statusMessage).putHeader("Content-Type", Problem.MEDIA_TYPE)
            .setBody(Body.body(RouteProblems.body(status, type, title, detail, path)));
        if (retry) {
            response.putHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        }
        return response;
    }

    /** A failure to connect (or a breaker refusing to): the request never left the gateway. */
    private static boolean notSent(Throwable failure) {
        return failure instanceof ConnectException || failure instanceof ConnectTimeoutException
            || failure instanceof OpenCircuitException || failure instanceof UnknownHostException;
    }

    private static boolean isTimeout(Throwable failure) {
        if (failure instanceof ConnectException || failure instanceof ConnectTimeoutException) {
            return false;
        }
        return failure instanceof TimeoutException || failure instanceof NoStackTraceTimeoutException
            || failure instanceof HttpClosedException && failure.getMessage() != null
            && failure.getMessage().contains("idle");
    }
}
