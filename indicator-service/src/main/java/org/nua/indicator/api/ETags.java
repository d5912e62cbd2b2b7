package org.nua.indicator.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entity tags. One indicator's tag is its version and the language of the representation
 * ({@code "v3.ar"}), so If-Match can name the version; a list's tag is a digest of its body.
 */
final class ETags {

    private static final Pattern VERSION = Pattern.compile("\\s*(?:W/)?\"v(\\d{1,9})(?:\\.[A-Za-z-]+)?\"\\s*");

    private ETags() {
    }

    static String ofVersion(int version, String language) {
        return "\"v" + version + "." + language + "\"";
    }

    static String ofBody(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** True when an If-None-Match header lists this tag (or is *). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim().replaceFirst("^W/", "");
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The version an If-Match header asks for: null when there is none, -1 when it cannot name one of our
     * versions (so it can never match).
     */
    static Integer expectedVersion(String ifMatch, int current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        if (ifMatch.trim().equals("*")) {
            return current;
        }
        Matcher m = VERSION.matcher(ifMatch);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
