package org.nua.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.Test;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.nua.gateway.FakeService;
import org.nua.gateway.TestKeys;

/**
 * Who a request comes from, as the services are told: the client's credentials never travel past the gateway,
 * a signed identity does; wrong credentials are a 401 problem, never silently anonymous.
 */
@QuarkusTest
@QuarkusTestResource(FakeService.class)
@QuarkusTestResource(TestKeys.class)
class AuthenticationTest {

    @Inject
    DataSource dataSource;

    private static final String PROBLEM = "application/problem+json";

    private static String admin() {
        return "Bearer " + TestKeys.staffToken("admin-" + System.nanoTime(), List.of("admin"));
    }

    private static Response issue(Map<String, Object> request) {
        return given().header("Authorization", admin()).contentType("application/json").body(request)
            .when().post("/api/v1/api-keys");
    }

    private static Map<String, Object> jordanPartnerKey() {
        return Map.of("label", "Department of Statistics uploads", "country", "JOR",
            "agency", FakeService.JORDAN_AGENCY, "roles", List.of("partner"));
    }

    @Test
    void anonymousCallersReachPublicReadsAsNobody() {
        given().when().get("/api/v1/indicators/11.6.2")
            .then().statusCode(200).body("authorization", nullValue()).body("apiKey", nullValue())
            .header("RateLimit-Policy", matchesPattern("\"anonymous\";q=\\d+;w=60"));
    }

    @Test
    void aStaffTokenBecomesASignedIdentityAndIsNotPassedOn() throws Exception {
        String staff = "Bearer " + TestKeys.staffToken("alice", List.of("analyst", "superuser"));
        String passedOn = given().header("Authorization", staff).when().get("/api/v1/indicators/11.6.2")
            .then().statusCode(200).extract().path("authorization");
        assertThat(passedOn).startsWith("Bearer ").isNotEqualTo(staff);
        JwtClaims identity = TestKeys.verifyIdentity(passedOn.substring(7), "indicator-service");
        assertThatThrownBy(() -> TestKeys.verifyIdentity(passedOn.substring(7), "country-service"))
            .isInstanceOf(InvalidJwtException.class);
        assertThat(identity.getSubject()).isEqualTo("staff:alice");
        assertThat(identity.getStringListClaimValue("groups")).containsExactly("analyst");
        assertThat(identity.getExpirationTime().getValue() - Instant.now().getEpochSecond()).isBetween(1L, 60L);
    }

    @Test
    void forgedExpiredOrMalformedCredentialsAreA401Problem() {
        for (String authorization : List.of(
            "Bearer " + TestKeys.staffToken("mallory", List.of("admin"), TestKeys.strangerKey(), 600),
            "Bearer " + TestKeys.staffToken("late", List.of("admin"), TestKeys.staffKey(), -120),
            // Signed right, but valid until the year 3000, or issued an hour from now.
            "Bearer " + TestKeys.staffTokenIssuedAt("forever", 0, 30_000_000_000L),
            "Bearer " + TestKeys.staffTokenIssuedAt("early", 3_600, 600),
            "Basic YWRtaW46YWRtaW4=",
            "Bearer not-a-token")) {
            given().header("Authorization", authorization).when().get("/api/v1/indicators/11.6.2")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:nua:problem:unauthenticated"));
        }
        given().header("X-API-Key", "nua_aaaaaaaaaaaa_" + "A".repeat(43)).when().get("/api/v1/indicators/11.6.2")
            .then().statusCode(401).contentType(PROBLEM);
        given().header("X-API-Key", "letmein").when().get("/api/v1/indicators/11.6.2")
            .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void anAdminIssuesAKeyThatSpeaksForItsAgencyAndIsShownOnce() throws Exception {
        Response issued = issue(jordanPartnerKey());
        issued.then().statusCode(201).header("Cache-Control", "no-store")
            .body("key", matchesPattern("nua_[a-z0-9]{12}_[A-Za-z0-9_-]{43}"))
            .body("apiKey.country", equalTo("JOR")).body("apiKey.agency", equalTo("DOS"))
            .body("apiKey.status", equalTo("ACTIVE")).body("apiKey.createdBy", containsString("staff:admin-"));
        String key = issued.path("key");
        String id = issued.path("apiKey.id");

        given().header("Authorization", admin()).when().get("/api/v1/api-keys/" + id)
            .then().statusCode(200).body("id", equalTo(id)).body("key", nullValue());
        assertThat(given().header("Authorization", admin()).queryParam("country", "JOR").when().get("/api/v1/api-keys")
            .then().statusCode(200).extract().asString()).contains(id).doesNotContain(key.substring(17));

        String passedOn = given().header("X-API-Key", key).contentType("application/json").body("{}")
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200).body("apiKey", nullValue()).extract().path("authorization");
        JwtClaims identity = TestKeys.verifyIdentity(passedOn.substring(7), "country-service");
        assertThat(identity.getSubject()).isEqualTo("apikey:" + id);
        assertThat(identity.getStringListClaimValue("groups")).containsExactly("partner");
        assertThat(identity.getStringClaimValue("country")).isEqualTo("JOR");
        assertThat(identity.getStringClaimValue("agency")).isEqualTo("DOS");
    }

    @Test
    void onlyAdminsManageKeys() {
        String key = issue(jordanPartnerKey()).then().statusCode(201).extract().path("key");
        given().header("X-API-Key", key).contentType("application/json").body(jordanPartnerKey())
            .when().post("/api/v1/api-keys").then().statusCode(403).contentType(PROBLEM);
        // Refused before the body is looked at: an invalid one is still a 403, not a 422.
        given().header("X-API-Key", key).contentType("application/json").body("{}")
            .when().post("/api/v1/api-keys").then().statusCode(403).contentType(PROBLEM);
        given().contentType("application/json").body("{}")
            .when().post("/api/v1/api-keys").then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", "Bearer " + TestKeys.staffToken("bob", List.of("analyst")))
            .when().get("/api/v1/api-keys").then().statusCode(403).contentType(PROBLEM);
        given().when().get("/api/v1/api-keys").then().statusCode(401).contentType(PROBLEM)
            .header("WWW-Authenticate", notNullValue());
    }

    @Test
    void aKeyRequestThatCannotBeHonouredIsRefusedAndIssuesNothing() {
        issue(Map.of("label", "x", "country", "JOR", "agency", "NOT_THERE", "roles", List.of("partner")))
            .then().statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:nua:problem:unknown-agency"));
        issue(Map.of("label", "x", "country", "JOR", "agency", "DOS", "roles", List.of("admin")))
            .then().statusCode(422).contentType(PROBLEM);
        issue(Map.of("label", "x", "country", "JOR", "roles", List.of("partner")))
            .then().statusCode(422).contentType(PROBLEM);
        issue(Map.of("label", "x", "country", "JOR", "agency", "DOS", "roles", List.of("partner"),
            "expiresAt", "2020-01-01T00:00:00Z")).then().statusCode(422).contentType(PROBLEM);
        issue(Map.of("label", "x", "country", "JOR", "agency", "DOS", "roles", List.of("partner"), "id", "mine"))
            .then().statusCode(400).contentType(PROBLEM).body("type", equalTo("urn:nua:problem:unknown-field"));
        // Refused as the body is read (platform StrictJson), not by PostgreSQL at commit as a 500.
        issue(Map.of("label", "a\u0000b", "country", "JOR", "agency", "DOS", "roles", List.of("partner")))
            .then().statusCode(422).contentType(PROBLEM).body("errors[0].pointer", equalTo("/label"));
        issue(Map.of("label", "x", "roles", List.of(true)))
            .then().statusCode(400).contentType(PROBLEM).body("errors[0].pointer", equalTo("/roles/0"));
        issue(Map.of("label", "Analyst's notebook", "roles", List.of("analyst")))
            .then().statusCode(201).body("apiKey.country", nullValue());
    }

    @Test
    void rotationAndRevocationTakeEffectAtOnce() {
        Response issued = issue(jordanPartnerKey());
        String old = issued.path("key");
        String id = issued.path("apiKey.id");
        given().header("X-API-Key", old).when().get("/api/v1/indicators/11.6.2").then().statusCode(200);

        Response rotated = given().header("Authorization", admin()).when().post("/api/v1/api-keys/" + id + "/rotation");
        rotated.then().statusCode(201).body("apiKey.agency", equalTo("DOS"));
        String replacement = rotated.path("key");
        given().header("X-API-Key", old).when().get("/api/v1/indicators/11.6.2").then().statusCode(401);
        given().header("X-API-Key", replacement).when().get("/api/v1/indicators/11.6.2").then().statusCode(200);
        given().header("Authorization", admin()).when().get("/api/v1/api-keys/" + id)
            .then().body("replacedBy", equalTo(rotated.path("apiKey.id"))).body("status", equalTo("EXPIRED"));

        given().header("Authorization", admin()).when().delete("/api/v1/api-keys/" + rotated.path("apiKey.id"))
            .then().statusCode(204);
        given().header("X-API-Key", replacement).when().get("/api/v1/indicators/11.6.2").then().statusCode(401);
        given().header("Authorization", admin()).when().post("/api/v1/api-keys/" + id + "/rotation")
            .then().statusCode(409).contentType(PROBLEM);
        given().header("Authorization", admin()).when().delete("/api/v1/api-keys/zzzzzzzzzzzz")
            .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aBurstOverTheLimitIs429WithRetryAfterAndTheOtherClientsGoOn() {
        String burst = "Bearer " + TestKeys.staffToken("burst", List.of("analyst"));
        int answered = 0;
        Response last = null;
        for (int i = 0; i < 25; i++) {
            last = given().header("Authorization", burst).when().get("/api/v1/indicators/11.6.2");
            if (last.statusCode() == 429) {
                break;
            }
            answered++;
        }
        assertThat(answered).isEqualTo(20);
        last.then().statusCode(429).contentType(PROBLEM).body("type", equalTo("urn:nua:problem:rate-limited"))
            .header("Retry-After", matchesPattern("[1-9]\\d*"))
            .header("RateLimit", matchesPattern("\"client\";r=0;t=\\d+"));
        given().header("Authorization", "Bearer " + TestKeys.staffToken("calm", List.of("analyst")))
            .when().get("/api/v1/indicators/11.6.2").then().statusCode(200);
    }

    @Test
    void aLimitHoldsAcrossGatewayInstancesThroughTheSharedBuckets() {
        // Another gateway instance, sharing the database, has let this client use its whole allowance.
        String subject = "spread-" + System.nanoTime();
        ProxyManager<String> otherInstance = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
            .build();
        BucketConfiguration twentyAMinute = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(20).refillGreedy(20, Duration.ofSeconds(60)).build()).build();
        assertThat(otherInstance.builder().build("client:20/60s:staff:" + subject, () -> twentyAMinute)
            .tryConsume(20)).isTrue();
        given().header("Authorization", "Bearer " + TestKeys.staffToken(subject, List.of("analyst")))
            .when().get("/api/v1/indicators/11.6.2")
            .then().statusCode(429).header("RateLimit", matchesPattern("\"client\";r=0;t=\\d+"));
    }

    @Test
    void requestsAreCountedPerRouteAndClient() {
        String key = issue(jordanPartnerKey()).then().statusCode(201).extract().path("key");
        String id = key.substring(4, 16);
        given().header("X-API-Key", key).when().get("/api/v1/indicators/11.6.2").then().statusCode(200);
        given().header("Authorization", "Bearer " + TestKeys.metricsToken()).when().get("/q/metrics")
            .then().statusCode(200).body(containsString("nua_gateway_requests_seconds_count{client=\"apikey:" + id
                + "\",method=\"GET\",route=\"indicator-service\",status=\"200\"} 1.0"));
    }

    @Test
    void metricsAreForTheBearerOfTheScrapeSecretOnly() {
        // They name clients: an API key's id, a staff member's subject.
        for (String authorization : List.of("", "Bearer ", "Bearer " + TestKeys.metricsToken() + "x",
            "Bearer " + TestKeys.staffToken("admin@example.org", List.of("admin")))) {
            given().header("Authorization", authorization).when().get("/q/metrics").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("urn:nua:problem:unauthenticated"))
                .body(not(containsString("nua_gateway_requests")));
        }
        given().when().get("/q/metrics/prometheus").then().statusCode(401);
    }

    @Test
    void aServiceThatKeepsFailingIsLeftAloneAndAnsweredForAtOnce() {
        String detail = "";
        for (int i = 0; i < 8 && !detail.contains("failed repeatedly"); i++) {
            detail = given().when().get("/api/v1/comparisons").then().statusCode(503)
                .header("Retry-After", notNullValue()).extract().path("detail");
        }
        assertThat(detail).contains("report-service failed repeatedly");
    }
}
