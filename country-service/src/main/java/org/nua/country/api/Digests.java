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
        return sha256Hex(bytes, data);
    }

    /** The hex of the first {@code bytes} bytes of the SHA-256 of the parts one after the other, without a copy. */
    static String sha256Hex(int bytes, byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
