package org.nua.gateway.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a key as handed out, {@code nua_<id>_<secret>}: a public id to find it by (and to name it in
 * logs and metrics) and 256 random bits that only its holder ever sees.
 */
public final class ApiKeySecrets {

    private static final Pattern SHAPE = Pattern.compile("nua_([a-z0-9]{12})_([A-Za-z0-9_-]{43})");
    private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key as the client presents it, split into its parts. */
    public record Presented(String id, String secret) {
    }

    /** A newly made key: the text to hand out once, its id, and the hash to keep. */
    public record Issued(String id, String key, byte[] secretSha256) {
    }

    private ApiKeySecrets() {
    }

    public static Issued generate() {
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)]);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(id.toString(), "nua_" + id + "_" + text, sha256(text));
    }

    public static Optional<Presented> parse(String header) {
        Matcher m = header == null ? null : SHAPE.matcher(header.trim());
        return m != null && m.matches() ? Optional.of(new Presented(m.group(1), m.group(2))) : Optional.empty();
    }

    /** Constant-time, so the comparison leaks nothing about how much of a guess was right. */
    public static boolean matches(String secret, byte[] expectedSha256) {
        return MessageDigest.isEqual(sha256(secret), expectedSha256);
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
