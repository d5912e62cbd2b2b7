package org.nua.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Keeps the client's view of the address: the service sees the Host the client used (so a Location header
 * points at the gateway, not at the service's private port) and the standard X-Forwarded-* headers.
 */
final class ForwardedHeadersInterceptor implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest client = request.proxiedRequest();
        if (client.authority() != null) {
            request.setAuthority(client.authority());
            request.putHeader("X-Forwarded-Host", client.authority().toString());
        }
        request.putHeader("X-Forwarded-Proto", client.scheme() == null ? "http" : client.scheme());
        if (client.remoteAddress() != null) {
            request.putHeader("X-Forwarded-For", client.remoteAddress().hostAddress());
        }
        return context.sendRequest();
    }
}
