package org.nua.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.nua.gateway.FakeService;
import org.nua.gateway.TestKeys;

/** In tests an address may fail 50 credentials per 2 s; a guesser is stopped before any lookup. */
@QuarkusTest
@QuarkusTestResource(FakeService.class)
@QuarkusTestResource(TestKeys.class)
class FailedCredentialsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anAddressGuessingKeysIsStoppedWhileOthersAndAnonymousReadsGoOn() throws InterruptedException {
        Response last = null;
        int refused = 0;
        while (refused < 200) {
            last = given().header("X-API-Key", "nua_" + String.format("%016d", refused) + "_guess")
                .when().get("/api/v1/indicators/11.6.2");
            if (last.statusCode() != 401) {
                break;
            }
            refused++;
        }
        assertThat(refused).isBetween(50, 150);
        last.then().statusCode(429).contentType(PROBLEM).header("Retry-After", matchesPattern("[12]"))
            .body("type", equalTo("urn:nua:problem:too-many-failed-credentials"));
        // The address's credentials are not looked at for now, a valid one included; reads without any still pass.
        given().header("Authorization", "Bearer " + TestKeys.staffToken("guesser", List.of("analyst")))
            .when().get("/api/v1/indicators/11.6.2").then().statusCode(429);
        given().when().get("/api/v1/indicators/11.6.2").then().statusCode(200);

        Thread.sleep(2_100); // refilled: the address may try again
        given().header("Authorization", "Bearer " + TestKeys.staffToken("guesser", List.of("analyst")))
            .when().get("/api/v1/indicators/11.6.2").then().statusCode(200);
    }
}
