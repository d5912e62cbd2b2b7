package org.nua.platform.json;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Decimals as Jackson reads them, refused when their exponent is beyond any quantity the suite records. The bound
 * comes before any arithmetic: a BigDecimal of 1e2147483647 is cheap to hold, but validating its digits overflows
 * an int and printing it needs an array of two billion characters.
 */
final class BoundedDecimals extends StdScalarDeserializer<BigDecimal> {

    /** Far beyond the 40 integer and 20 decimal digits an observation may have, far below any cost that matters. */
    static final int MAX_EXPONENT = 1000;

    BoundedDecimals() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
        if (value != null && Math.abs((long) value.scale()) > MAX_EXPONENT) {
            throw new RefusedJsonValue(parser, "must be a number with an exponent between -" + MAX_EXPONENT
                + " and " + MAX_EXPONENT);
        }
        return value;
    }
}
