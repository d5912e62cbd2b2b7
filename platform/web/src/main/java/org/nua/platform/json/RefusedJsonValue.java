package org.nua.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value that is well formed but that the services refuse to read, with the reason in words a client can
 * act on; Jackson adds the path of the field, so the problem response can point at it.
 */
public class RefusedJsonValue extends JsonMappingException {

    private final String reason;

    RefusedJsonValue(JsonParser parser, String reason) {
        super(parser, reason);
        this.reason = reason;
    }

    /** What the value must be, as in "must not contain the NUL character". */
    public String reason() {
        return reason;
    }
}
