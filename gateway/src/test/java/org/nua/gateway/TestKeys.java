package org.nua.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.JoseException;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import org.nua.testsupport.TestDatabase;
import org.nua.testsupport.TestIdentity;

/**
 * The gateway's test infrastructure: its own PostgreSQL database (empty, so no rate-limit bucket of an earlier run
 * counts) and, made afresh per run, the key pair that
 * signs identities for the services and the key pair of a staff token issuer, as the local stack makes them.
 */
public class TestKeys implements QuarkusTestResourceLifecycleManager {

    public static final String STAFF_ISSUER = "urn:nua:test-staff";
    private static final KeyPair IDENTITY = TestIdentity.newKeyPair();
    private static final KeyPair STAFF = TestIdentity.newKeyPair();
    private static final String METRICS_TOKEN = UUID.randomUUID().toString();

    @Override
    public Map<String, String> start() {
        return Map.of(
            "quarkus.datasource.jdbc.url", TestDatabase.recreate("nua_gateway_test"),
            "quarkus.datasource.username", TestDatabase.user(),
            "quarkus.datasource.password", TestDatabase.password(),
            "nua.gateway.identity.signing-key-file", write("PRIVATE KEY", IDENTITY.getPrivate().getEncoded()),
            "nua.gateway.identity.staff.public-key-file", write("PUBLIC KEY", STAFF.getPublic().getEncoded()),
            "nua.gateway.identity.staff.issuer", STAFF_ISSUER,
            "nua.gateway.metrics.token-file", writeText(METRICS_TOKEN + "\n"));
    }

    @Override
    public void stop() {
    }

    /** The scrape secret /q/metrics is answered to. */
    public static String metricsToken() {
        return METRICS_TOKEN;
    }

    /** A staff bearer token as the issuer would sign it. */
    public static String staffToken(String subject, List<String> roles) {
        return staff(subject, roles, STAFF.getPrivate(), 0, 600);
    }

    public static String staffToken(String subject, List<String> roles, PrivateKey key, long lifetimeSeconds) {
        return staff(subject, roles, key, 0, lifetimeSeconds);
    }

    /** Signed right, but issued {@code issuedInSeconds} from now (negative: in the past) for a lifetime. */
    public static String staffTokenIssuedAt(String subject, long issuedInSeconds, long lifetimeSeconds) {
        return staff(subject, List.of("admin"), STAFF.getPrivate(), issuedInSeconds, lifetimeSeconds);
    }

    /** The issuer's own key, for tokens that are signed right but wrong otherwise (expired, say). */
    public static PrivateKey staffKey() {
        return STAFF.getPrivate();
    }

    public static PrivateKey strangerKey() {
        return TestIdentity.newKeyPair().getPrivate();
    }

    /**
     * The claims of an identity token the gateway passed on, checked as the service named checks it: with the
     * public key the services hold, and that it is for this service.
     */
    public static JwtClaims verifyIdentity(String token, String service) throws InvalidJwtException {
        return new JwtConsumerBuilder().setExpectedIssuer("urn:nua:gateway").setExpectedAudience(service)
            .setRequireExpirationTime().setVerificationKey(IDENTITY.getPublic()).build().processToClaims(token);
    }

    private static String staff(String subject, List<String> roles, PrivateKey key, long issuedInSeconds,
                                long lifetimeSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(STAFF_ISSUER);
        claims.setAudience("nua-observatory");
        claims.setSubject(subject);
        long issuedAt = System.currentTimeMillis() / 1000 + issuedInSeconds;
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt));
        claims.setExpirationTime(NumericDate.fromSeconds(issuedAt + lifetimeSeconds));
        claims.setStringListClaim("groups", roles);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(String label, byte[] der) {
        return writeText(TestIdentity.pem(label, der));
    }

    private static String writeText(String text) {
        try {
            Path file = Files.createTempFile("nua-gateway-test", ".secret");
            file.toFile().deleteOnExit();
            Files.writeString(file, text);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
