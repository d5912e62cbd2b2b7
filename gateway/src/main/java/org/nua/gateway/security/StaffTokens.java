package org.nua.gateway.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;

import org.nua.gateway.config.GatewayConfig;
import org.nua.gateway.domain.Identity;
import org.nua.gateway.domain.Role;

/**
 * Staff and admins' bearer tokens: issued by the OIDC provider in production (checked against its JWKS), by the
 * local stack's own key otherwise (deploy/local/token). Signature, issuer, audience and expiry must all hold,
 * and the token must have been issued neither in the future nor for longer than the longest lifetime allowed
 * (nua.gateway.identity.staff.max-lifetime); roles other than ours are ignored. A verified token is remembered
 * for a short while (never past its expiry).
 */
// Made at start-up, so a missing or unreadable key stops the gateway then, not on the first request.
@Startup
@ApplicationScoped
public class StaffTokens {

    private static final Set<String> KNOWN_ROLES = Set.of(Role.PARTNER.claim(), Role.ANALYST.claim(),
        Role.ADMIN.claim());
    private static final long REMEMBER_SECONDS = 30;

    private final JwtConsumer consumer;
    private final String rolesClaim;
    private final Cache<String, Verified> verified = Caffeine.newBuilder().maximumSize(50_000)
        .expireAfterWrite(Duration.ofSeconds(REMEMBER_SECONDS)).build();

    private record Verified(Identity identity, long expiresAtSeconds) {
    }

    StaffTokens(GatewayConfig config) {
        GatewayConfig.Staff staff = config.identity().staff();
        int skewSeconds = 30;
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setAllowedClockSkewInSeconds(skewSeconds)
            .setMaxFutureValidityInMinutes((int) staff.maxLifetime().toMinutes())
            .setIssuedAtRestrictions(skewSeconds, (int) staff.maxLifetime().toSeconds() + skewSeconds)
            .setRequireSubject()
            .setExpectedIssuer(staff.issuer())
            .setExpectedAudience(staff.audience())
            .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        if (staff.jwksUrl().isPresent()) {
            builder.setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(
                new HttpsJwks(staff.jwksUrl().get().toString())));
        } else if (staff.publicKeyFile().isPresent()) {
            builder.setVerificationKey(Pem.publicKey(staff.publicKeyFile().get()));
        } else {
            throw new IllegalStateException("Staff tokens need nua.gateway.identity.staff.jwks-url or "
                + "nua.gateway.identity.staff.public-key-file");
        }
        this.consumer = builder.build();
        this.rolesClaim = staff.rolesClaim();
    }

    /** Known and still valid: its identity; known invalid never happens (failures are not remembered); else null. */
    public Optional<Identity> verifyCached(String token) {
        Verified hit = verified.getIfPresent(token);
        if (hit == null) {
            return null;
        }
        return hit.expiresAtSeconds() > System.currentTimeMillis() / 1000 ? Optional.of(hit.identity())
            : Optional.empty();
    }

    /** Checks the token (may fetch the issuer's keys, so call it off the event loop). */
    public Optional<Identity> verify(String token) {
        try {
            JwtClaims claims = consumer.processToClaims(token);
            Set<String> roles = roles(claims);
            String subject = claims.getSubject();
            String country = claims.getClaimValue("country") instanceof String c ? c : null;
            Identity identity = new Identity("staff:" + subject, roles, country, null, "staff:" + subject);
            verified.put(token, new Verified(identity, claims.getExpirationTime().getValue()));
            return Optional.of(identity);
        } catch (InvalidJwtException | MalformedClaimException e) {
            Log.debugf("Bearer token refused: %s", e.getMessage());
            return Optional.empty();
        }
    }

    private Set<String> roles(JwtClaims claims) throws MalformedClaimException {
        if (!claims.hasClaim(rolesClaim)) {
            return Set.of();
        }
        List<String> listed = claims.getStringListClaimValue(rolesClaim);
        return listed.stream().filter(KNOWN_ROLES::contains).collect(Collectors.toUnmodifiableSet());
    }
}
