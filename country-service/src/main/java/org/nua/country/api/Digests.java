package org.nua.country.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex: request fingerprints for Idempotency-Key, and entity tags of representations. */
final class Digests {

    private Digests() {
    }

    /** The hex of the first {@code bytes} bytes of the data's SHA-256. */
    static String sha256Hex(byte[] data, int bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data), 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
