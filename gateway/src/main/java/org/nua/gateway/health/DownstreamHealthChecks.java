package org.nua.gateway.health;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheckResponse;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.registry.HealthRegistries;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import org.nua.gateway.config.GatewayConfig;

/**
 * The suite's health seen from the gateway: one check per service, asking that service's own readiness.
 * Served at /q/health/group/suite; the gateway's own liveness and readiness do not depend on it, since the
 * gateway keeps serving the services that are up.
 */
@ApplicationScoped
public class DownstreamHealthChecks {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    void register(@Observes StartupEvent start, GatewayConfig config) {
        HealthRegistry registry = HealthRegistries.getHealthGroupRegistry("suite");
        for (Map.Entry<String, GatewayConfig.Service> service : config.services().entrySet()) {
            registry.register(service.getKey(), check(service.getKey(), service.getValue()));
        }
    }

    /** Up while at least one instance is ready; the data says how many are, never where they live. */
    private AsyncHealthCheck check(String name, GatewayConfig.Service service) {
        List<HttpRequest> requests = service.urls().stream()
            .map(url -> HttpRequest.newBuilder(url.resolve("/q/health/ready")).timeout(TIMEOUT).build())
            .toList();
        return () -> Multi.createFrom().iterable(requests)
            .onItem().transformToUniAndMerge(request -> Uni.createFrom()
                .completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(response -> response.statusCode() == 200)
                // The endpoint is public: it says what is down, never where the service lives or what failed.
                .onFailure().recoverWithItem(failure -> {
                    Log.debugf("%s is not reachable at %s: %s", name, request.uri(), failure.toString());
                    return false;
                }))
            .collect().asList()
            .map(ready -> {
                long up = ready.stream().filter(Boolean::booleanValue).count();
                return HealthCheckResponse.named(name).status(up > 0)
                    .withData("instances", requests.size())
                    .withData("ready", up)
                    .build();
            });
    }
}
