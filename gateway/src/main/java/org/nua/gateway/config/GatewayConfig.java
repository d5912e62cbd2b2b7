package org.nua.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the gateway sends each public path (keys under {@code nua.gateway}). */
@ConfigMapping(prefix = "nua.gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name (indicator-service, country-service, report-service). */
    Map<String, Service> services();

    /** How long to wait for a service to accept a connection before answering 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a proxied request may stay silent before the gateway answers 504. */
    @WithDefault("30s")
    Duration idleTimeout();

    /** What clients are told to wait before retrying when a service is unavailable. */
    @WithDefault("5s")
    Duration retryAfter();

    /**
     * The largest request body passed on; a larger one is answered 413 with a problem body here, before any
     * byte reaches a service (which would only drop the connection).
     */
    @WithDefault("16M")
    MemorySize maxBodySize();

    interface Service {

        /** Base URL of the service, for example http://127.0.0.1:8081. */
        URI url();

        /** Path prefixes it serves, for example /api/v1/indicators; the prefix and everything below it. */
        List<String> routes();
    }
}
