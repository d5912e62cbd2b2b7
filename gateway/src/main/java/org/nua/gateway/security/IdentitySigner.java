package org.nua.gateway.security;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.runtime.Startup;

import org.nua.gateway.config.GatewayConfig;
import org.nua.gateway.domain.Identity;

/**
 * Signs the identity the services are told, as a short-lived JWT (RS256) they check with the gateway's public
 * key. Its audience is the one service the request goes to, so a token seen by one service (in its logs, say) is
 * refused by every other. A token is reused for half its life, so signing costs once per caller, service and
 * half-minute, not per request.
 */
// Made at start-up, so a missing or unreadable key stops the gateway then, not on the first request.
@Startup
@ApplicationScoped
public class IdentitySigner {

    public static final String ISSUER = "urn:nua:gateway";
    /**
     * The audience every service expected before each had its own. Signed beside the service's name for one
     * release, so a rolling upgrade works in either order: a service of the earlier release still finds it, and a
     * service of this release checks only its own name, which a token for another service never has.
     */
    static final String EARLIER_AUDIENCE = "nua-services";

    private record Audience(Identity identity, String service) {
    }

    private final PrivateKey key;
    private final Duration lifetime;
    private final Cache<Audience, String> recent;

    IdentitySigner(GatewayConfig config) {
        this.key = Pem.privateKey(config.identity().signingKeyFile());
        this.lifetime = config.identity().tokenLifetime();
        this.recent = Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(lifetime.dividedBy(2)).build();
    }

    /** The identity, for the service named (its {@code quarkus.application.name}, which it expects as audience). */
    public String sign(Identity identity, String service) {
        return recent.get(new Audience(identity, service), this::signNow);
    }

    private String signNow(Audience audience) {
        Identity identity = audience.identity();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(audience.service(), EARLIER_AUDIENCE);
        claims.setSubject(identity.subject());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetime.toSeconds() / 60f);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setStringListClaim("groups", new ArrayList<>(identity.roles()));
        if (identity.country() != null) {
            claims.setStringClaim("country", identity.country());
        }
        if (identity.agency() != null) {
            claims.setStringClaim("agency", identity.agency());
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign an identity token", e);
        }
    }
}
