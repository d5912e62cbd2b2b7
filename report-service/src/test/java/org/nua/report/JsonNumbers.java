package org.nua.report;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;

/** Tests that compare numbers exactly, or to 1e-9, read JSON numbers as BigDecimal, never as float. */
public final class JsonNumbers {

    private JsonNumbers() {
    }

    /** Each test class sets it for itself: it must not rely on another class having run first. */
    public static void readAsBigDecimal() {
        RestAssured.config = RestAssured.config().jsonConfig(
            JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
