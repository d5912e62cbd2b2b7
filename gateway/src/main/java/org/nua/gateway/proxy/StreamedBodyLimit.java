package org.nua.gateway.proxy;

import java.util.concurrent.atomic.AtomicBoolean;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

import org.nua.platform.problem.Problem;
import org.nua.platform.problem.RouteProblems;

/**
 * Bodies sent without Content-Length: chunked over HTTP/1.1, or streamed over HTTP/2 (h2c), whose size is known
 * only while they stream. Bytes are counted on the way to the service, and at the first byte over the limit the
 * upload to the service is cut (a chunked body that never ends is never processed) and the client is answered
 * 413. A body that declares its length is refused before it is read ({@code ProxyRoutes}).
 */
final class StreamedBodyLimit implements ProxyInterceptor {

    private final long maxBytes;

    StreamedBodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest client = request.proxiedRequest();
        if (client.headers().contains("Content-Length") || request.getBody() == null || client.isEnded()
            || client.version() != HttpVersion.HTTP_2 && !"chunked".equalsIgnoreCase(client.getHeader("Transfer-Encoding"))) {
            return context.sendRequest();
        }
        if (client.version() == HttpVersion.HTTP_2) {
            // HTTP/2 has no chunked coding, and the proxy chunks only what came chunked: without this it would
            // send the service a body with neither a length nor chunks, that is, no body at all.
            client.headers().set("Transfer-Encoding", "chunked");
        }
        AtomicBoolean exceeded = new AtomicBoolean();
        request.setBody(Body.body(new Counting(request.getBody().stream(), maxBytes, exceeded), -1));
        return context.sendRequest().map(response -> exceeded.get() ? tooLarge(context) : response);
    }

    private ProxyResponse tooLarge(ProxyContext context) {
        ProxyResponse response = context.request().response();
        response.headers().clear();
        return response.setStatusCode(413).setStatusMessage("Payload Too Large")
            .putHeader("Content-Type", Problem.MEDIA_TYPE)
            .putHeader("Connection", "close")
            .setBody(Body.body(RouteProblems.body(413, "urn:nua:problem:payload-too-large",
                "Request body too large", "The body grew past " + maxBytes + " bytes, the most one request may "
                    + "carry; nothing of it was processed. Split the upload.",
                context.request().proxiedRequest().path())));
    }

    /** Passes the body on while it stays within the limit; fails the stream at the first byte over it. */
    private static final class Counting implements ReadStream<Buffer> {

        private final ReadStream<Buffer> source;
        private final long maxBytes;
        private final AtomicBoolean exceeded;
        private long seen;
        private Handler<Throwable> failed = t -> { };

        Counting(ReadStream<Buffer> source, long maxBytes, AtomicBoolean exceeded) {
            this.source = source;
            this.maxBytes = maxBytes;
            this.exceeded = exceeded;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            failed = handler == null ? t -> { } : handler;
            source.exceptionHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            if (handler == null) {
                source.handler(null);
                return this;
            }
            source.handler(chunk -> {
                if (exceeded.get()) {
                    return;
                }
                seen += chunk.length();
                if (seen > maxBytes) {
                    exceeded.set(true);
                    source.handler(null);
                    failed.handle(new IllegalStateException("request body over " + maxBytes + " bytes"));
                } else {
                    handler.handle(chunk);
                }
            });
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            source.pause();
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            source.resume();
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            source.fetch(amount);
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> handler) {
            source.endHandler(handler);
            return this;
        }
    }
}
