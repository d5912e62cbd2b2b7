package org.nua.gateway.proxy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.logging.Log;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

import org.nua.gateway.config.GatewayConfig;

/**
 * The instances of one service and how a request picks one: in turn, skipping those whose circuit breaker has
 * taken them for down. A connection that cannot be made sends nothing, so the next instance is tried whatever the
 * method; once every instance failed, a read is tried once more (a pooled connection closed under it, a
 * restart), a write is not. The client sees a 503 only when no instance can be reached.
 */
final class ServiceInstances {

    private record Instance(URI url, RequestOptions origin, CircuitBreaker breaker) {
    }

    private final String service;
    private final List<Instance> instances = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    ServiceInstances(String service, GatewayConfig.Service config, GatewayConfig gateway, Vertx vertx) {
        this.service = service;
        Duration idle = config.timeout().orElse(gateway.idleTimeout());
        for (URI url : config.urls()) {
            int port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
            RequestOptions origin = new RequestOptions()
                .setServer(SocketAddress.inetSocketAddress(port, url.getHost()))
                .setConnectTimeout(gateway.connectTimeout().toMillis())
                .setIdleTimeout(idle.toMillis());
            CircuitBreaker breaker = CircuitBreaker.create(service + "@" + url.getAuthority(), vertx,
                new CircuitBreakerOptions()
                    .setMaxFailures(gateway.circuitBreaker().failures())
                    .setResetTimeout(gateway.circuitBreaker().openFor().toMillis())
                    .setTimeout(-1)); // timeouts are the HTTP client's; the breaker only counts failures
            breaker.openHandler(v -> Log.warnf("%s at %s taken for down for %s", service, url.getAuthority(),
                gateway.circuitBreaker().openFor()));
            breaker.closeHandler(v -> Log.infof("%s at %s answers again", service, url.getAuthority()));
            instances.add(new Instance(url, origin, breaker));
        }
    }

    List<URI> urls() {
        return instances.stream().map(Instance::url).toList();
    }

    Future<HttpClientRequest> connect(HttpClient http, HttpServerRequest request) {
        int first = Math.floorMod(next.getAndIncrement(), instances.size());
        boolean safe = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
        return attempt(http, first, 0, safe ? instances.size() + 1 : instances.size(), null);
    }

    private Future<HttpClientRequest> attempt(HttpClient http, int first, int tried, int attempts,
                                              Throwable lastFailure) {
        if (tried == attempts) {
            return Future.failedFuture(lastFailure);
        }
        Instance instance = instances.get((first + tried) % instances.size());
        // An instance taken for down is passed over while others may answer; the last of a round is always asked,
        // so its breaker answers for itself (open: at once, half open: one trial) and gives the failure to report.
        if (instance.breaker().state() == CircuitBreakerState.OPEN && tried < instances.size() - 1) {
            return attempt(http, first, tried + 1, attempts, lastFailure);
        }
        return instance.breaker().<HttpClientRequest>execute(promise ->
                http.request(new RequestOptions(instance.origin())).onComplete(promise))
            .recover(failure -> {
                Log.debugf("%s at %s not reached: %s", service, instance.url().getAuthority(), failure.toString());
                return attempt(http, first, tried + 1, attempts, failure);
            });
    }
}
