package org.nua.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Whether a read that offers JSON and CSV answers in CSV: {@code format=csv} or {@code format=json} decides when
 * given (a link in a browser cannot set Accept); otherwise the first type of Accept, in the client's order of
 * preference, that is JSON or anything at all means JSON, and {@code text/csv} before it means CSV.
 */
public final class CsvNegotiation {

    private CsvNegotiation() {
    }

    /** @param format the request's {@code format} parameter, {@code json}, {@code csv} or null */
    public static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null) {
            return format.equals("csv");
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }
}
