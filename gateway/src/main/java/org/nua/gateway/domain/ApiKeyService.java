package org.nua.gateway.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.logging.Log;

import org.nua.gateway.config.GatewayConfig;
import org.nua.gateway.persistence.ApiKeyRepository;

/**
 * Issues, rotates and revokes API keys, and tells who a presented key speaks for. Lookups are cached for a few
 * seconds so a request costs no database round trip; a revocation on this instance takes effect at once, on
 * another within that time.
 */
@ApplicationScoped
public class ApiKeyService {

    /** Roles a key may carry; admins authenticate with staff tokens only, so a leaked key never rules. */
    static final Set<String> KEY_ROLES = Set.of(Role.PARTNER.claim(), Role.ANALYST.claim());
    private static final Duration DEFAULT_LIFETIME = Duration.ofDays(365);
    private static final Duration MAX_GRACE = Duration.ofDays(7);

    /** What a new key is for. */
    public record Request(String label, String countryCode, String agencyCode, Set<String> roles, Instant expiresAt) {
    }

    /** A key just made: the stored key and the text its holder will use, shown this once. */
    public record NewKey(ApiKey key, String secret) {
    }

    /** What authentication needs of a key, kept in the cache; {@code absent} when no key has the id. */
    private record Credential(boolean absent, byte[] secretSha256, Identity identity, Instant expiresAt,
                              Instant revokedAt) {
        static final Credential ABSENT = new Credential(true, new byte[0], null, Instant.EPOCH, null);
    }

    private final ApiKeyRepository keys;
    private final AgencyDirectory agencies;
    private final Clock clock;
    private final Duration maxLifetime;
    private final Cache<String, Credential> credentials;

    ApiKeyService(ApiKeyRepository keys, AgencyDirectory agencies, Clock clock, GatewayConfig config) {
        this.keys = keys;
        this.agencies = agencies;
        this.clock = clock;
        this.maxLifetime = config.identity().apiKeyMaxLifetime();
        this.credentials = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(config.identity().apiKeyCacheTime()).build();
    }

    @Transactional
    public NewKey issue(Request request, Identity by) {
        Instant now = Instant.now(clock);
        validate(request, now);
        if (request.agencyCode() != null) {
            agencies.requireAgency(request.countryCode(), request.agencyCode());
        }
        ApiKeySecrets.Issued issued = ApiKeySecrets.generate();
        ApiKey key = new ApiKey(issued.id(), issued.secretSha256(), request.label(), request.countryCode(),
            request.agencyCode(), request.roles(), now, by.subject(),
            request.expiresAt() == null ? now.plus(DEFAULT_LIFETIME) : request.expiresAt());
        keys.persist(key);
        Log.infof("API key %s issued by %s for %s/%s with roles %s, expiring %s", key.id(), by.subject(),
            key.countryCode(), key.agencyCode(), key.roles(), key.expiresAt());
        return new NewKey(key, issued.key());
    }

    /** A new key for the same holder; the old one stops working after the grace period (at once by default). */
    @Transactional
    public NewKey rotate(String id, Duration grace, Identity by) {
        if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
            throw GatewayException.invalid("The grace period must be between 0 and " + MAX_GRACE.toDays() + " days.");
        }
        ApiKey old = keys.findForUpdate(id).orElseThrow(() -> GatewayException.notFound("No API key has the id " + id + "."));
        Instant now = Instant.now(clock);
        if (!old.isUsableAt(now)) {
            throw new GatewayException(409, "urn:nua:problem:conflict", "Conflict",
                "The key " + id + " is revoked or expired; issue a new one instead.");
        }
        ApiKeySecrets.Issued issued = ApiKeySecrets.generate();
        Instant lifetime = now.plus(Duration.between(old.createdAt(), old.expiresAt()));
        ApiKey replacement = new ApiKey(issued.id(), issued.secretSha256(), old.label(), old.countryCode(),
            old.agencyCode(), old.roles(), now, by.subject(), min(lifetime, now.plus(maxLifetime)));
        keys.persist(replacement);
        keys.flush(); // the old key's replaced_by refers to the new row
        old.replaceWith(replacement.id(), now.plus(grace));
        credentials.invalidate(id);
        Log.infof("API key %s rotated by %s into %s; the old one works until %s", id, by.subject(),
            replacement.id(), old.expiresAt());
        return new NewKey(replacement, issued.key());
    }

    @Transactional
    public ApiKey revoke(String id, Identity by) {
        ApiKey key = keys.findForUpdate(id).orElseThrow(() -> GatewayException.notFound("No API key has the id " + id + "."));
        key.revoke(Instant.now(clock));
        credentials.invalidate(id);
        Log.infof("API key %s revoked by %s", id, by.subject());
        return key;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiKey> list(String countryCode) {
        return keys.list(countryCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApiKey get(String id) {
        return keys.findByIdOptional(id).orElseThrow(() -> GatewayException.notFound("No API key has the id " + id + "."));
    }

    /**
     * Who the key speaks for, from the cache alone: empty when the key is wrong, expired or revoked; null when
     * the cache does not know the id and {@link #authenticate} must read it.
     */
    public Optional<Identity> authenticateCached(ApiKeySecrets.Presented presented) {
        Credential credential = credentials.getIfPresent(presented.id());
        return credential == null ? null : check(credential, presented);
    }

    /** As {@link #authenticateCached}, reading the key from the database when needed (blocking). */
    @Transactional
    public Optional<Identity> authenticate(ApiKeySecrets.Presented presented) {
        Credential credential = credentials.get(presented.id(), id -> keys.findByIdOptional(id)
            .map(key -> new Credential(false, key.secretSha256(), new Identity("apikey:" + key.id(), key.roles(),
                key.countryCode(), key.agencyCode(), "apikey:" + key.id()), key.expiresAt(), key.revokedAt()))
            .orElse(Credential.ABSENT));
        return check(credential, presented);
    }

    private Optional<Identity> check(Credential credential, ApiKeySecrets.Presented presented) {
        if (credential.absent() || !ApiKeySecrets.matches(presented.secret(), credential.secretSha256())) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        if (credential.revokedAt() != null || !now.isBefore(credential.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(credential.identity());
    }

    private void validate(Request request, Instant now) {
        if (request.roles() == null || request.roles().isEmpty() || !KEY_ROLES.containsAll(request.roles())) {
            throw GatewayException.invalid("An API key carries the role partner or analyst (or both); admins "
                + "authenticate with staff tokens.");
        }
        boolean partner = request.roles().contains(Role.PARTNER.claim());
        if (partner && (request.countryCode() == null || request.agencyCode() == null)) {
            throw GatewayException.invalid("A partner key names its country and agency: the only data it may write.");
        }
        if (request.agencyCode() != null && request.countryCode() == null) {
            throw GatewayException.invalid("An agency belongs to a country: name the country too.");
        }
        if (request.expiresAt() != null
            && (!request.expiresAt().isAfter(now) || request.expiresAt().isAfter(now.plus(maxLifetime)))) {
            throw GatewayException.invalid("expiresAt must be in the future and at most " + maxLifetime.toDays()
                + " days away.");
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
