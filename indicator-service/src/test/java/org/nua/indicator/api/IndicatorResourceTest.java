package org.nua.indicator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.nua.testsupport.TestIdentity.asAdmin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.nua.indicator.events.Topics;
import org.nua.testsupport.ReferenceData;
import org.nua.testsupport.TestIdentity;
import org.nua.testsupport.TopicProbe;

@QuarkusTest
class IndicatorResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private final ObjectMapper json = new ObjectMapper();

    /** A real indicator from deploy/data, under a code of its own so tests never collide. */
    private static Map<String, Object> realIndicator(String code) {
        Map<String, String> ref = ReferenceData.row("sdg11_indicators_reference.csv",
            r -> r.get("indicator").equals("11.6.2"));
        return Map.of(
            "code", code,
            "framework", "PROJECT",
            "names", Map.of("en", ref.get("indicator_title_en"), "ar", ref.get("indicator_title_ar"),
                "es", ref.get("indicator_title_es")),
            "unit", "mgr/m^3",
            "desiredDirection", "DECREASE");
    }

    private static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void onlyAnAdminChangesTheCatalogueAndEveryoneReadsIt() {
        String code = uniqueCode();
        io.restassured.RestAssured.given().contentType(ContentType.JSON).body(realIndicator(code))
            .when().post("/api/v1/indicators")
            .then().statusCode(401).contentType(PROBLEM).body("type", equalTo("urn:nua:problem:unauthenticated"));
        for (String token : List.of(TestIdentity.partner("JOR"), TestIdentity.analyst(),
                TestIdentity.forged(java.util.Set.of("admin")))) {
            TestIdentity.as(token).contentType(ContentType.JSON).body(realIndicator(code))
                .when().post("/api/v1/indicators")
                .then().statusCode(anyOf(equalTo(401), equalTo(403))).contentType(PROBLEM);
            TestIdentity.as(token).contentType(ContentType.JSON).when().post("/api/v1/indicators/11.6.2/retire")
                .then().statusCode(anyOf(equalTo(401), equalTo(403))).contentType(PROBLEM);
        }
        TestIdentity.as(TestIdentity.partner("JOR")).contentType(ContentType.JSON).body(realIndicator(code))
            .when().post("/api/v1/indicators")
            .then().statusCode(403).body("type", equalTo("urn:nua:problem:forbidden"));
        io.restassured.RestAssured.given().when().get("/api/v1/indicators/" + code).then().statusCode(404);
        io.restassured.RestAssured.given().when().get("/api/v1/units").then().statusCode(200);
    }

    @Test
    void createReturns201AndLocationAndPublishesTheFullIndicator() throws Exception {
        String code = uniqueCode();
        Map<String, Object> body = realIndicator(code);

        asAdmin().contentType(ContentType.JSON).body(body)
            .when().post("/api/v1/indicators")
            .then().statusCode(201)
            .header("Location", endsWith("/api/v1/indicators/" + code))
            .body("code", equalTo(code))
            .body("names.ar", equalTo(((Map<?, ?>) body.get("names")).get("ar")))
            .body("version", equalTo(0));

        asAdmin().when().get("/api/v1/indicators/" + code)
            .then().statusCode(200).body("unit", equalTo("mgr/m^3")).body("desiredDirection", equalTo("DECREASE"));

        ConsumerRecord<String, String> record = TopicProbe.onSharedBroker()
            .await(Topics.INDICATOR_EVENTS, r -> code.equals(r.key()), Duration.ofSeconds(15)).get(0);
        JsonNode event = json.readTree(record.value());
        assertThat(event.get("type").asText()).isEqualTo("indicator.published.v1");
        assertThat(event.get("subject").asText()).isEqualTo(code);
        assertThat(event.get("source").asText()).isEqualTo("indicator-service");
        assertThat(event.at("/data/names/ar").asText()).isEqualTo(((Map<?, ?>) body.get("names")).get("ar"));
        // A CloudEvent in structured mode: the value is the whole event, and nothing says binary mode.
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
            .isEqualTo("application/cloudevents+json; charset=UTF-8");
        assertThat(record.headers()).noneMatch(h -> h.key().startsWith("ce_"));
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
        // What travels must have exactly the shape of the golden example consumers are tested against.
        JsonNode golden = json.readTree(ReferenceData.eventExamples().resolve("indicator.published.v1.json").toFile());
        assertThat(fieldPaths(event, "")).isEqualTo(fieldPaths(golden, ""));
    }

    @Test
    void createTwiceReturns409Problem() {
        String code = uniqueCode();
        asAdmin().contentType(ContentType.JSON).body(realIndicator(code)).post("/api/v1/indicators")
            .then().statusCode(201);

        asAdmin().contentType(ContentType.JSON).body(realIndicator(code))
            .when().post("/api/v1/indicators")
            .then().statusCode(409).contentType(PROBLEM)
            .body("type", equalTo("urn:nua:problem:indicator-exists"))
            .body("status", equalTo(409))
            .body("instance", equalTo("/api/v1/indicators"));
    }

    @Test
    void createWithInvalidFieldsReturns422NamingEachFieldAndStoresNothing() {
        String code = "not a code!";
        asAdmin().contentType(ContentType.JSON)
            .body(Map.of("code", code, "names", Map.of("en", " ", "Arabic", "x"), "unit", ""))
            .when().post("/api/v1/indicators")
            .then().statusCode(422).contentType(PROBLEM)
            .body("type", equalTo("urn:nua:problem:validation"))
            .body("errors.pointer", hasItem("/code"))
            .body("errors.pointer", hasItem("/names/en"))
            .body("errors.pointer", hasItem("/unit"))
            .body("errors.pointer", hasItem("/framework"));

        asAdmin().when().get("/api/v1/indicators/not a code!").then().statusCode(404);
    }

    @Test
    void createWithoutEnglishNameReturns422() {
        Map<String, Object> body = new java.util.HashMap<>(realIndicator(uniqueCode()));
        body.put("names", Map.of("es", "Niveles medios anuales"));
        asAdmin().contentType(ContentType.JSON).body(body)
            .when().post("/api/v1/indicators")
            .then().statusCode(422).contentType(PROBLEM)
            .body("errors", hasSize(1))
            .body("errors[0].pointer", equalTo("/names/en"));
    }

    @Test
    void unknownFieldIsRejectedRatherThanIgnored() {
        Map<String, Object> body = new java.util.HashMap<>(realIndicator(uniqueCode()));
        body.put("version", 7);
        asAdmin().contentType(ContentType.JSON).body(body)
            .when().post("/api/v1/indicators")
            .then().statusCode(400).contentType(PROBLEM)
            .body("type", equalTo("urn:nua:problem:unknown-field"))
            .body("errors[0].pointer", equalTo("/version"));
    }

    @Test
    void malformedJsonAndUnknownEnumAreProblems() {
        asAdmin().contentType(ContentType.JSON).body("{\"code\": ")
            .when().post("/api/v1/indicators")
            .then().statusCode(400).contentType(PROBLEM).body("type", equalTo("urn:nua:problem:malformed-body"));

        Map<String, Object> body = new java.util.HashMap<>(realIndicator(uniqueCode()));
        body.put("desiredDirection", "SIDEWAYS");
        asAdmin().contentType(ContentType.JSON).body(body)
            .when().post("/api/v1/indicators")
            .then().statusCode(400).contentType(PROBLEM)
            .body("detail", containsString("/desiredDirection"));
    }

    @Test
    void missingBodyAndWrongMediaTypeAreProblems() {
        asAdmin().contentType(ContentType.JSON)
            .when().post("/api/v1/indicators")
            .then().statusCode(422).contentType(PROBLEM);

        asAdmin().contentType(ContentType.TEXT).body("code=1")
            .when().post("/api/v1/indicators")
            .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void nulCharactersAndImpossibleCodesNeverReachTheDatabase() {
        Map<String, Object> body = new java.util.HashMap<>(realIndicator(uniqueCode()));
        body.put("names", Map.of("en", "PM2.5\u0000"));
        asAdmin().contentType(ContentType.JSON).body(body)
            .when().post("/api/v1/indicators")
            .then().statusCode(422).contentType(PROBLEM).body("errors[0].pointer", equalTo("/names/en"));

        asAdmin().when().get("/api/v1/indicators/a%00b")
            .then().statusCode(404).contentType(PROBLEM).body("type", equalTo("urn:nua:problem:indicator-not-found"));
    }

    @Test
    void getUnknownCodeReturns404Problem() {
        asAdmin().when().get("/api/v1/indicators/99.9.9")
            .then().statusCode(404).contentType(PROBLEM)
            .body("type", equalTo("urn:nua:problem:indicator-not-found"))
            .body("detail", containsString("99.9.9"));
    }

    @Test
    void listIsPagedAndBounded() {
        String code = uniqueCode();
        asAdmin().contentType(ContentType.JSON).body(realIndicator(code)).post("/api/v1/indicators")
            .then().statusCode(201);

        List<String> codes = asAdmin().queryParam("size", 200).when().get("/api/v1/indicators")
            .then().statusCode(200).extract().jsonPath().getList("items.code", String.class);
        assertThat(codes).contains(code);

        asAdmin().queryParam("size", 501).when().get("/api/v1/indicators")
            .then().statusCode(422).contentType(PROBLEM).body("errors[0].pointer", equalTo("size"));
    }

    @Test
    void openApiDescribesEveryOperation() {
        asAdmin().queryParam("format", "json").when().get("/q/openapi")
            .then().statusCode(200)
            .body("paths.'/api/v1/indicators'.post.operationId", equalTo("createIndicator"))
            .body("paths.'/api/v1/indicators'.get.operationId", equalTo("listIndicators"))
            .body("paths.'/api/v1/indicators/{code}'.get.responses.'404'.content.'application/problem+json'",
                org.hamcrest.Matchers.notNullValue());
    }

    private static java.util.SortedSet<String> fieldPaths(JsonNode node, String prefix) {
        java.util.SortedSet<String> paths = new java.util.TreeSet<>();
        node.fields().forEachRemaining(e -> {
            String path = prefix + "/" + e.getKey();
            // maps by language: their keys are data, not structure
            if (e.getValue().isObject() && !path.endsWith("/names") && !path.endsWith("/nameSources")
                && !path.endsWith("/descriptions")) {
                paths.addAll(fieldPaths(e.getValue(), path));
            } else {
                paths.add(path);
            }
        });
        return paths;
    }
}
