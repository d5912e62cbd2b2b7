package org.nua.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.nua.gateway.FakeService;
import org.nua.gateway.TestKeys;

@QuarkusTest
@QuarkusTestResource(FakeService.class)
@QuarkusTestResource(TestKeys.class)
class ProxyRoutesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void forwardsMethodPathQueryBodyAndTheClientsHost() {
        String body = "{\"code\":\"11.6.2\",\"names\":{\"ar\":\"المتوسط السنوي\"}}";
        given().contentType("application/json; charset=UTF-8").body(body).header("Host", "api.example.test:8443")
            .when().post("/api/v1/indicators?dryRun=true")
            .then().statusCode(200)
            .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
            .header("X-Frame-Options", "DENY")
            .body("method", equalTo("POST"))
            .body("uri", equalTo("/api/v1/indicators?dryRun=true"))
            .body("host", equalTo("api.example.test:8443"))
            .body("body", equalTo(body));
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemAndNeverReachesTheService() {
        given().contentType("text/csv").body("x".repeat(64 * 1024 + 1))
            .when().post("/api/v1/indicators")
            .then().statusCode(413).contentType(PROBLEM)
            .body("type", equalTo("urn:nua:problem:payload-too-large"))
            .body("detail", startsWith("The body has 65537 bytes"));
        given().contentType("text/csv").body("x".repeat(64 * 1024))
            .when().post("/api/v1/indicators")
            .then().statusCode(200).body("body.length()", equalTo(64 * 1024));
    }

    @Test
    void aCompressedBodyIsA415ProblemAndNeverReachesTheService() {
        for (String coding : List.of("gzip", "br, gzip", "x-unknown")) {
            given().contentType("text/csv").header("Content-Encoding", coding).body("indicator_code\n11.6.2\n")
                .when().post("/api/v1/indicators")
                .then().statusCode(415).contentType(PROBLEM).header("Accept-Encoding", "identity")
                .body("type", equalTo("urn:nua:problem:unsupported-content-encoding"));
        }
        given().contentType("text/csv").header("Content-Encoding", "identity").body("x")
            .when().post("/api/v1/indicators")
            .then().statusCode(200).body("body", equalTo("x"));
    }

    @Test
    void eachServiceHasTheBodyLimitItReadsItself() {
        // report-service reads 32K in tests; country-service takes the gateway-wide 64K.
        given().contentType("application/json").body("x".repeat(40 * 1024))
            .when().post("/api/v1/reports")
            .then().statusCode(413).contentType(PROBLEM)
            .body("detail", equalTo("The body has 40960 bytes; one request may carry at most 32768. "
                + "Split the upload."));
        given().contentType("text/csv").body("x".repeat(40 * 1024))
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200).body("body.length()", equalTo(40 * 1024));
    }

    @Test
    void aBodyWithoutALengthPassesWholeAndIsA413ProblemOnceItGrowsOverTheLimit() {
        // ofInputStream has no length: HTTP/1.1 sends it chunked, HTTP/2 (h2c) as a plain stream
        for (java.net.http.HttpClient.Version version : java.net.http.HttpClient.Version.values()) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(version).build();
            java.util.function.IntFunction<java.net.http.HttpResponse<String>> send = size -> {
                try {
                    return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                            "http://127.0.0.1:" + io.restassured.RestAssured.port + "/api/v1/indicators"))
                        .header("Content-Type", "text/csv")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream("x".repeat(size).getBytes()))).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            java.net.http.HttpResponse<String> small = send.apply(1000);
            assertThat(small.statusCode()).as(version.name()).isEqualTo(200);
            assertThat(small.body()).as(version.name()).contains("\"body\":\"" + "x".repeat(1000) + "\"");
            java.net.http.HttpResponse<String> tooLarge = send.apply(200 * 1024);
            assertThat(tooLarge.statusCode()).as(version.name()).isEqualTo(413);
            assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue(PROBLEM);
            assertThat(tooLarge.body()).contains("urn:nua:problem:payload-too-large");
        }
    }

    @Test
    void everyApiRequestCarriesACorrelationIdToTheServiceAndBack() {
        String given = given().when().get("/api/v1/indicators/11.6.2")
            .then().statusCode(200).header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"))
            .extract().header("X-Request-Id");
        assertThat(given).isNotBlank();

        given().header("X-Request-Id", "partner-42").header("traceparent",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
            .when().get("/api/v1/indicators/11.6.2")
            .then().statusCode(200).header("X-Request-Id", "partner-42")
            .body("requestId", equalTo("partner-42"))
            .body("traceparent", equalTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

        given().header("X-Request-Id", "has spaces and is far too odd")
            .when().get("/api/v1/comparisons")
            .then().statusCode(503).header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void theServicesOwnStatusAndBodyPassThrough() {
        given().when().get("/api/v1/indicators/99.9.9/missing")
            .then().statusCode(404).body("uri", equalTo("/api/v1/indicators/99.9.9/missing"));
    }

    @Test
    void aServiceThatCannotBeReachedIsAFast503ProblemWithRetryAfter() {
        long started = System.nanoTime();
        given().when().get("/api/v1/comparisons?indicator=11.6.2")
            .then().statusCode(503).contentType(PROBLEM)
            .header("Retry-After", "5")
            .body("type", equalTo("urn:nua:problem:service-unavailable"))
            .body("detail", startsWith("The report-service cannot be reached"))
            .body("instance", equalTo("/api/v1/comparisons"));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3_000);
    }

    @Test
    void requestsGoRoundTheInstancesAndAStoppedOneFailsNone() {
        Set<String> answeredBy = new HashSet<>();
        for (int i = 0; i < 9; i++) {
            answeredBy.add(given().when().get("/api/v1/indicators/11.6.2").then().statusCode(200)
                .extract().path("instance"));
            // A connection that could not be made sent nothing, so even a write goes on to the next instance.
            given().contentType("application/json").body("{\"n\":" + i + "}").when().post("/api/v1/indicators")
                .then().statusCode(200).body("body", equalTo("{\"n\":" + i + "}"));
        }
        assertThat(answeredBy).containsExactlyInAnyOrder("indicators-1", "indicators-2");
        given().when().get("/q/health/group/suite").then()
            .body("checks.find { it.name == 'indicator-service' }.status", equalTo("UP"))
            .body("checks.find { it.name == 'indicator-service' }.data.instances", equalTo(3))
            .body("checks.find { it.name == 'indicator-service' }.data.ready", equalTo(2));
    }

    @Test
    void aServiceThatStopsAnsweringIsA504Problem() {
        given().when().get("/api/v1/indicators/slow")
            .then().statusCode(504).contentType(PROBLEM)
            .body("type", equalTo("urn:nua:problem:upstream-timeout"))
            .time(lessThan(5_000L));
    }

    @Test
    void aWriteWhoseAnswerIsLostSaysItMayHaveTakenEffectAndAReadIsRetriable() {
        given().contentType("application/json").body("{}").when().post("/api/v1/indicators/hang-up")
            .then().statusCode(502).contentType(PROBLEM)
            .body("type", equalTo("urn:nua:problem:outcome-unknown"))
            .body("detail", containsString("may or may not have taken effect"));
        given().when().get("/api/v1/indicators/hang-up")
            .then().statusCode(503).contentType(PROBLEM).header("Retry-After", "5")
            .body("detail", containsString("stopped while answering"));
    }

    @Test
    void anUnknownApiPathIsA404Problem() {
        given().when().get("/api/v1/nothing-here")
            .then().statusCode(404).contentType(PROBLEM).body("type", equalTo("urn:nua:problem:not-found"));
    }

    @Test
    void suiteHealthReportsEachServiceAndTheGatewayStaysReady() {
        given().when().get("/q/health/group/suite")
            .then().statusCode(503)
            .body("checks.find { it.name == 'indicator-service' }.status", equalTo("UP"))
            .body("checks.find { it.name == 'report-service' }.status", equalTo("DOWN"))
            .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("127.0.0.1")));
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theMergedDocumentNeedsEveryServiceAndSaysSoWhenOneIsDown() {
        given().when().get("/openapi")
            .then().statusCode(503).contentType(PROBLEM)
            .header("Retry-After", "5")
            .body("detail", startsWith("The OpenAPI document of report-service is unavailable"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void aFrontendOnAnAllowedOriginMayCallWithCredentialsAndOthersMayNot() {
        given().header("Origin", "https://dashboard.example.org").header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type,x-api-key")
            .when().options("/api/v1/indicators")
            .then().statusCode(200)
            .header("Access-Control-Allow-Origin", "https://dashboard.example.org")
            .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsStringIgnoringCase("X-API-Key"));
        given().header("Origin", "https://dashboard.example.org").when().get("/api/v1/indicators/11.6.2")
            .then().statusCode(200)
            .header("Access-Control-Allow-Origin", "https://dashboard.example.org")
            .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("RateLimit"));
        given().header("Origin", "https://elsewhere.example.com").header("Access-Control-Request-Method", "POST")
            .when().options("/api/v1/indicators")
            .then().statusCode(403);
    }
}
