package org.nua.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.nua.gateway.FakeService;
import org.nua.gateway.TestKeys;

/** Requests that take long hold what other clients need: in tests an anonymous client may have two in progress. */
@QuarkusTest
@QuarkusTestResource(FakeService.class)
@QuarkusTestResource(TestKeys.class)
class InFlightLimiterTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    InFlightLimiter limiter;

    @Test
    void aClientWithAllItsRequestsInProgressGetsA429AndOtherClientsAreServed() {
        given().when().get("/api/v1/indicators/11.6.2").then().statusCode(200);
        // Two requests the service takes three seconds to answer.
        List<CompletableFuture<Integer>> held = List.of(slowRead(), slowRead());
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (limiter.inFlight("address:127.0.0.1") < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        given().when().get("/api/v1/indicators/11.6.2")
            .then().statusCode(429).contentType(PROBLEM).header("Retry-After", "1")
            .body("type", equalTo("urn:nua:problem:too-many-in-flight"));
        given().header("Authorization", "Bearer " + TestKeys.staffToken("analyst-in-flight", List.of("analyst")))
            .when().get("/api/v1/indicators/11.6.2").then().statusCode(200);

        assertThat(held).allSatisfy(h -> assertThat(h.join()).isEqualTo(200));
        given().when().get("/api/v1/indicators/11.6.2").then().statusCode(200); // its slots were given back
    }

    /** Its own thread: the common pool may have a single one on a small machine, and these must overlap. */
    private static CompletableFuture<Integer> slowRead() {
        CompletableFuture<Integer> status = new CompletableFuture<>();
        new Thread(() -> status.complete(given().when().get("/api/v1/indicators/trickle").statusCode())).start();
        return status;
    }
}
