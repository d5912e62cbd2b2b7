package org.nua.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Identity tokens as the gateway signs them, for tests that call a service directly. The key pair is made
 * afresh in each test JVM (nothing secret is committed); {@link InfrastructureResource} gives each service the
 * public half, exactly as the local stack gives it the gateway's.
 */
public final class TestIdentity {

    /** What the services expect in {@code iss}; the same value the gateway uses. */
    public static final String ISSUER = "urn:nua:gateway";

    private static final KeyPair KEYS = newKeyPair();
    private static Path keyFile;

    private TestIdentity() {
    }

    /** The public key in PEM, for {@code mp.jwt.verify.publickey}. */
    public static String publicKeyPem() {
        return pem("PUBLIC KEY", KEYS.getPublic().getEncoded());
    }

    /** A file holding the public key in PEM, for {@code mp.jwt.verify.publickey.location}. */
    public static synchronized String publicKeyFile() {
        try {
            if (keyFile == null) {
                keyFile = Files.createTempFile("nua-test-identity", ".pem");
                keyFile.toFile().deleteOnExit();
                Files.writeString(keyFile, publicKeyPem());
            }
            return keyFile.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String admin() {
        return sign("admin-test", Set.of("admin"), null, null);
    }

    public static String analyst() {
        return sign("analyst-test", Set.of("analyst"), null, null);
    }

    /** A partner agency of one country, as an API key of that agency maps to. */
    public static String partner(String countryIso3, String agency) {
        return sign("key-" + agency, Set.of("partner"), countryIso3, agency);
    }

    public static String partner(String countryIso3) {
        return partner(countryIso3, null);
    }

    /** A token exactly like the gateway's but signed by a key no service trusts. */
    public static String forged(Set<String> roles) {
        KeyPair other = newKeyPair();
        return claims(serviceUnderTest(), "forger", roles, null, null).sign(other.getPrivate());
    }

    /** A request with the admin's identity; most tests act as the admin and test scope separately. */
    public static RequestSpecification asAdmin() {
        return RestAssured.given().auth().oauth2(admin());
    }

    public static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token);
    }

    /** An identity for the service under test: the gateway signs each for the service it sends it to. */
    public static String sign(String subject, Set<String> roles, String country, String agency) {
        return signFor(serviceUnderTest(), subject, roles, country, agency);
    }

    /** An identity the gateway signed for the service named (its audience). */
    public static String signFor(String service, String subject, Set<String> roles, String country, String agency) {
        return claims(service, subject, roles, country, agency).sign(KEYS.getPrivate());
    }

    /** The service whose tests run in this JVM: the audience the gateway would sign for it. */
    private static String serviceUnderTest() {
        return ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
    }

    private static JwtClaimsBuilder claims(String service, String subject, Set<String> roles, String country,
                                           String agency) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).audience(service).subject(subject).groups(roles)
            .claim("jti", UUID.randomUUID().toString()).expiresIn(300);
        if (country != null) {
            claims.claim("country", country);
        }
        if (agency != null) {
            claims.claim("agency", agency);
        }
        return claims;
    }

    /** A DER-encoded key as PEM, the way openssl writes it: label "PUBLIC KEY" or "PRIVATE KEY" (PKCS#8). */
    public static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
            + "\n-----END " + label + "-----\n";
    }

    /** A fresh 2048-bit RSA key pair. */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
