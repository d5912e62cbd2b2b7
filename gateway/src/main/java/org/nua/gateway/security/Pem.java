package org.nua.gateway.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** RSA keys from the PEM files that openssl writes ({@code BEGIN PRIVATE KEY} / {@code BEGIN PUBLIC KEY}). */
final class Pem {

    private Pem() {
    }

    static PrivateKey privateKey(Path file) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(file, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(file + " does not hold an RSA private key in PKCS#8 PEM", e);
        }
    }

    static PublicKey publicKey(Path file) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(file, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(file + " does not hold an RSA public key in PEM", e);
        }
    }

    private static byte[] der(Path file, String label) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file
                + " (the local stack writes it; see docs/security.md)", e);
        }
        int begin = text.indexOf("-----BEGIN " + label + "-----");
        int end = text.indexOf("-----END " + label + "-----");
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(file + " has no " + label + " block");
        }
        return Base64.getMimeDecoder().decode(text.substring(begin + label.length() + 16, end));
    }
}
