package org.nua.platform.json;

import java.math.BigDecimal;

import jakarta.inject.Singleton;

import io.quarkus.jackson.ObjectMapperCustomizer;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Every service reads JSON the same strict way, so that a body means one thing and costs what its size says:
 * a field given twice is refused (not "the last one wins", which lets two parsers of the same body disagree),
 * a code must be a JSON string (not 11 or true), a whole number must be written as one (not 2016.5), a list or
 * map holds no null (which every reader of it would have to expect), no text holds a NUL, and no number carries an exponent beyond {@link BoundedDecimals#MAX_EXPONENT} (1e2147483647 is
 * twelve characters, but writing it out takes two gigabytes).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.coercionConfigFor(LogicalType.Textual)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("nua-strict-json")
            .addDeserializer(BigDecimal.class, new BoundedDecimals())
            .addDeserializer(String.class, new TextWithoutNul()));
    }
}
