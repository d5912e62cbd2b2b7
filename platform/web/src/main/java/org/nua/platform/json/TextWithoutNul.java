package org.nua.platform.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Strings as Jackson reads them (its coercion rules included), refused when they hold a NUL: PostgreSQL cannot
 * store one in text, and no code, name or note has a use for it, so it is refused where it comes in rather than
 * by each field or by the database at commit.
 */
final class TextWithoutNul extends StdScalarDeserializer<String> {

    TextWithoutNul() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null && text.indexOf('\0') >= 0) {
            throw new RefusedJsonValue(parser, "must not contain the NUL character");
        }
        return text;
    }
}
