package org.nua.gateway.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
     * The largest request body passed on, for a service that sets no limit of its own; a larger one is answered
     * 413 with a problem body here, before any byte reaches a service (which would only drop the connection).
     */
    @WithDefault("16M")
    MemorySize maxBodySize();

    /** Who callers are, and the identity passed on to the services. */
    Identity identity();

    /** Requests per client and period; a client is an API key, a staff member, or an address when anonymous. */
    RateLimits rateLimits();

    /** Requests of one client served at once; one more is answered 429 at once. */
    InFlight inFlight();

    /**
     * The slowest, on average, a request body may arrive once {@link #uploadGrace()} has passed; a slower one is
     * answered 408 and its connection closed, so that slow senders cannot hold the connections to a service.
     */
    @WithDefault("16K")
    MemorySize minUploadRate();

    /** How long a body may take to start arriving at the rate. */
    @WithDefault("10s")
    Duration uploadGrace();

    /** When a service is taken for down and answered for without being asked. */
    CircuitBreaker circuitBreaker();

    interface Service {

        /**
         * Base URLs of the service's instances, for example http://127.0.0.1:8081 (one Kubernetes Service, or
         * several instances: requests go round them, and one that cannot be reached is skipped).
         */
        List<URI> urls();

        /** Path prefixes it serves, for example /api/v1/indicators; the prefix and everything below it. */
        List<String> routes();

        /** How long this service may stay silent before a 504; the gateway-wide idle timeout when unset. */
        Optional<Duration> timeout();

        /**
         * The largest body this service reads (its quarkus.http.limits.max-body-size): the gateway refuses a
         * larger one with a 413 problem instead of sending bytes the service would drop the connection on, which
         * the client would hear of as a lost answer. The gateway-wide limit when unset.
         */
        Optional<MemorySize> maxBodySize();
    }

    /** Who may read /q/metrics. */
    Metrics metrics();

    interface Metrics {

        /**
         * A file holding the secret the operator's scraper sends as {@code Authorization: Bearer}; metrics name
         * clients (an API key's id, a staff subject, which may be an e-mail address), so without this file
         * nobody reads them. The local stack generates one.
         */
        Optional<Path> tokenFile();
    }

    interface Identity {

        /**
         * PEM file (PKCS#8) of the private key that signs the identity passed to the services; they hold the
         * public half. The local stack generates the pair.
         */
        Path signingKeyFile();

        /** How long a signed identity is valid; the services refuse it afterwards. */
        @WithDefault("60s")
        Duration tokenLifetime();

        /** Staff bearer tokens: who issues them and how to check their signatures. */
        Staff staff();

        /** How long a looked-up API key is trusted before it is read again (a revocation elsewhere waits this long). */
        @WithDefault("10s")
        Duration apiKeyCacheTime();

        /** Longest life an API key may be given when issued or rotated. */
        @WithDefault("730d")
        Duration apiKeyMaxLifetime();
    }

    interface Staff {

        /** The {@code iss} staff tokens must carry: the OIDC issuer in production, the local one otherwise. */
        String issuer();

        /** The {@code aud} staff tokens must carry. */
        @WithDefault("nua-observatory")
        String audience();

        /** The issuer's JWKS URL (OIDC); takes precedence over a public key file. */
        Optional<URI> jwksUrl();

        /** A PEM public key file, when tokens are signed with one known key (the local stack's). */
        Optional<Path> publicKeyFile();

        /** The claim holding the roles (a JSON array of strings). */
        @WithDefault("groups")
        String rolesClaim();

        /**
         * The longest a staff token may be valid: a token whose expiry lies further ahead (the year 3000) or that
         * was issued in the future is refused, whatever its signature, since a stolen one would work that long.
         */
        @WithDefault("24h")
        Duration maxLifetime();
    }

    interface RateLimits {

        /** Callers without credentials, counted per client address. */
        Limit anonymous();

        /** Callers with an API key or a staff token, counted per key or per staff member. */
        Limit authenticated();

        /** Credentials that fail (unknown, revoked or forged), counted per address; over it, none is checked. */
        Limit failedCredentials();
    }

    interface InFlight {

        /** Per address, for callers without credentials (a browser opens six connections to a host). */
        @WithDefault("8")
        int anonymous();

        /** Per API key or staff member. */
        @WithDefault("16")
        int authenticated();
    }

    interface Limit {

        /** Requests allowed per period; a burst may use them all at once. */
        long requests();

        /** The period over which they refill. */
        Duration period();
    }

    interface CircuitBreaker {

        /** Consecutive failures to reach a service after which it is taken for down. */
        @WithDefault("5")
        int failures();

        /** How long a service taken for down is answered for (503) before it is tried again. */
        @WithDefault("5s")
        Duration openFor();
    }
}
