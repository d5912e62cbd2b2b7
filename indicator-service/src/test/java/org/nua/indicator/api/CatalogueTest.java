package org.nua.indicator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.nua.testsupport.TestIdentity.asAdmin;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.nua.indicator.events.Topics;
import org.nua.testsupport.ReferenceData;
import org.nua.testsupport.TopicProbe;

/** The catalogue seeded from deploy/data, and its editing rules, through the HTTP API. */
@QuarkusTest
class CatalogueTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String REFERENCE = "sdg11_indicators_reference.csv";

    private static Map<String, String> reference(String code) {
        return ReferenceData.row(REFERENCE, r -> r.get("indicator").equals(code));
    }

    private static Map<String, Object> projectIndicator(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("framework", "PROJECT");
        body.put("names", Map.of("en", reference("11.7.1").get("indicator_title_en")));
        body.put("unit", "PERCENT");
        body.put("desiredDirection", "INCREASE");
        return body;
    }

    private static String uniqueCode() {
        return "P" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void everySdg11IndicatorIsSeededWithItsArabicTitleAndStatus() {
        List<Map<String, String>> expected = ReferenceData.rows(REFERENCE);

        Response response = asAdmin().header("Accept-Language", "ar")
            .queryParam("framework", "SDG").queryParam("goal", "11").queryParam("size", 100)
            .when().get("/api/v1/indicators");

        response.then().statusCode(200).body("total", equalTo(expected.size()));
        List<Map<String, Object>> items = response.jsonPath().getList("items");
        assertThat(items).extracting(i -> i.get("code"))
            .containsExactlyElementsOf(expected.stream().map(r -> r.get("indicator")).toList());
        for (Map<String, Object> item : items) {
            Map<String, String> ref = reference((String) item.get("code"));
            if (!ref.get("indicator_title_ar").isBlank()) {
                assertThat(item.get("name")).isEqualTo(ref.get("indicator_title_ar").replace('\n', ' ').trim());
                assertThat(item.get("language")).isEqualTo("ar");
                assertThat(item.get("nameSource")).isEqualTo("COMMUNITY");
            }
        }
        assertThat(items).filteredOn(i -> i.get("code").equals("11.c.1")).extracting(i -> i.get("status"))
            .containsExactly("RETIRED");
        assertThat(items).filteredOn(i -> i.get("code").equals("11.5.3")).extracting(i -> i.get("status"))
            .containsExactly("ACTIVE");
    }

    @Test
    void spanishNamesAreOfficialAndMissingOnesFallBackToEnglish() {
        asAdmin().header("Accept-Language", "es").when().get("/api/v1/indicators/11.6.2")
            .then().statusCode(200)
            .header("Content-Language", "es")
            .body("name", equalTo(reference("11.6.2").get("indicator_title_es")))
            .body("nameSource", equalTo("OFFICIAL"))
            .body("series.code", hasItem("EN_ATM_PM25"))
            .body("unit", equalTo("mgr/m^3"))
            .body("desiredDirection", equalTo("DECREASE"))
            .body("targetIsConvention", equalTo(true))
            .body("tier", equalTo(reference("11.6.2").get("un_api_2022Q1_tier")));

        asAdmin().header("Accept-Language", "es").when().get("/api/v1/indicators/SP.URB.TOTL")
            .then().statusCode(200).body("language", equalTo("en")).body("framework", equalTo("WDI"));
        asAdmin().when().get("/api/v1/indicators/EN.POP.SLUM.UR.ZS")
            .then().statusCode(200).body("relatedIndicators", equalTo(List.of("11.1.1")))
            .body("unit", equalTo("PERCENT"));
        asAdmin().when().get("/api/v1/indicators/11-1-1")
            .then().statusCode(200).body("framework", equalTo("KAZ")).body("names.ru", notNullValue())
            .body("relatedIndicators", equalTo(List.of("11.1.1")));
    }

    @Test
    void aWordOfTheArabicTitleFindsTheIndicatorWhateverItsVowelMarks() {
        String title = reference("11.6.2").get("indicator_title_ar");
        String word = List.of(title.split("\\s+")).stream().filter(w -> w.length() > 6).findFirst().orElseThrow();

        List<String> found = asAdmin().queryParam("q", word).queryParam("size", 100)
            .when().get("/api/v1/indicators")
            .then().statusCode(200).extract().jsonPath().getList("items.code", String.class);
        assertThat(found).contains("11.6.2");

        String marked = word.charAt(0) + "\u064E" + word.substring(1); // with a fatha added
        assertThat(asAdmin().queryParam("q", marked).queryParam("size", 100).get("/api/v1/indicators")
            .then().extract().jsonPath().getList("items.code", String.class)).contains("11.6.2");
    }

    @Test
    void anAliasFindsTheSameIndicator() {
        asAdmin().when().get("/api/v1/indicators/1.5.1")
            .then().statusCode(200).body("code", equalTo("11.5.1")).body("aliases", hasItems("1.5.1", "13.1.1"));
    }

    @Test
    void codeListsDescribeFrameworksUnitsAndDimensions() {
        asAdmin().header("Accept-Language", "fr").when().get("/api/v1/frameworks")
            .then().statusCode(200)
            .body("code", hasItems("SDG", "WDI", "KAZ", "PROJECT"))
            .body("find { it.code == 'SDG' }.goals[0].code", equalTo("11"))
            .body("find { it.code == 'SDG' }.goals[0].targets", hasSize(10))
            .body("find { it.code == 'SDG' }.goals[0].name", equalTo(
                ReferenceData.row("sdg11_goal_titles.csv", r -> r.get("language").equals("fr")).get("title")));
        asAdmin().when().get("/api/v1/units")
            .then().statusCode(200)
            .body("find { it.code == 'PERCENT' }.maxValue", equalTo(100))
            .body("code", hasItems("NUMBER", "mgr/m^3", "PER_100000_POP"));
        asAdmin().when().get("/api/v1/dimensions")
            .then().statusCode(200)
            .body("find { it.code == 'LOCATION' }.codes.code", hasItems("ALLAREA", "URBAN", "RURAL"))
            .body("find { it.code == 'NATURE' }.codes.code", hasItems("C", "CA", "E", "G", "M", "N"));
    }

    @Test
    void etagsAnswerConditionalReads() {
        String etag = asAdmin().header("Accept-Language", "ar").get("/api/v1/indicators/11.1.1")
            .then().statusCode(200).header("ETag", startsWith("\"v")).extract().header("ETag");
        asAdmin().header("Accept-Language", "ar").header("If-None-Match", etag).get("/api/v1/indicators/11.1.1")
            .then().statusCode(304);

        String listTag = asAdmin().queryParam("goal", "11").get("/api/v1/indicators").then().extract().header("ETag");
        asAdmin().queryParam("goal", "11").header("If-None-Match", listTag).get("/api/v1/indicators")
            .then().statusCode(304);
    }

    @Test
    void updateNeedsTheCurrentETagAndEachVersionIsKeptAndPublished() throws Exception {
        String code = uniqueCode();
        String etag = asAdmin().contentType(ContentType.JSON).body(projectIndicator(code))
            .post("/api/v1/indicators").then().statusCode(201).extract().header("ETag");

        Map<String, Object> changed = projectIndicator(code);
        changed.put("priorities", List.of("PLANNING", "GOVERNANCE"));
        changed.put("targetValue", 100);
        changed.put("targetYear", 2030);

        asAdmin().contentType(ContentType.JSON).body(changed).put("/api/v1/indicators/" + code)
            .then().statusCode(428).contentType(PROBLEM).body("type", equalTo("urn:nua:problem:precondition-required"));
        String newTag = asAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(changed)
            .put("/api/v1/indicators/" + code)
            .then().statusCode(200).body("version", equalTo(1)).body("priorities", hasItems("GOVERNANCE", "PLANNING"))
            .extract().header("ETag");
        assertThat(newTag).isNotEqualTo(etag);
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(changed).put("/api/v1/indicators/" + code)
            .then().statusCode(412).contentType(PROBLEM).body("detail", containsString("version 1"));

        asAdmin().get("/api/v1/indicators/" + code + "/versions")
            .then().statusCode(200)
            .body("version", equalTo(List.of(0, 1)))
            .body("change", equalTo(List.of("PUBLISHED", "UPDATED")))
            .body("[1].indicator.targetValue", equalTo(100));

        JsonNode event = new ObjectMapper().readTree(TopicProbe.onSharedBroker().await(Topics.INDICATOR_EVENTS,
            r -> code.equals(r.key()) && r.value().contains("indicator.updated.v1"), Duration.ofSeconds(15)).get(0)
            .value());
        assertThat(event.at("/data/version").asInt()).isEqualTo(1);
        JsonNode golden = new ObjectMapper().readTree(
            ReferenceData.eventExamples().resolve("indicator.updated.v1.json").toFile());
        assertThat(event.get("data").fieldNames()).toIterable()
            .containsExactlyInAnyOrderElementsOf(() -> golden.get("data").fieldNames());
    }

    @Test
    void aRetiredIndicatorStaysReadableButNoLongerChanges() {
        String code = uniqueCode();
        String etag = asAdmin().contentType(ContentType.JSON).body(projectIndicator(code))
            .post("/api/v1/indicators").then().statusCode(201).extract().header("ETag");

        asAdmin().post("/api/v1/indicators/" + code + "/retire").then().statusCode(428);
        asAdmin().header("If-Match", etag).post("/api/v1/indicators/" + code + "/retire")
            .then().statusCode(200).body("status", equalTo("RETIRED"));
        asAdmin().header("If-Match", "*").post("/api/v1/indicators/" + code + "/retire")
            .then().statusCode(409).contentType(PROBLEM);
        asAdmin().get("/api/v1/indicators/no-such-code/versions").then().statusCode(404).contentType(PROBLEM);
        String retiredTag = asAdmin().get("/api/v1/indicators/" + code).then().statusCode(200)
            .body("status", equalTo("RETIRED")).extract().header("ETag");
        asAdmin().contentType(ContentType.JSON).header("If-Match", retiredTag).body(projectIndicator(code))
            .put("/api/v1/indicators/" + code)
            .then().statusCode(409).body("type", equalTo("urn:nua:problem:indicator-retired"));
        TopicProbe.onSharedBroker().await(Topics.INDICATOR_EVENTS,
            r -> code.equals(r.key()) && r.value().contains("indicator.retired.v1"), Duration.ofSeconds(15));
    }

    @Test
    void catalogueRulesNameEveryFieldAtFault() {
        Map<String, Object> body = projectIndicator(uniqueCode());
        body.put("unit", "FURLONGS");
        body.put("dimensions", List.of("LOCATION", "COLOUR"));
        body.put("minValue", 10);
        body.put("maxValue", 5);
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/indicators")
            .then().statusCode(422).contentType(PROBLEM)
            .body("errors.pointer", hasItems("/unit", "/dimensions", "/minValue"));

        Map<String, Object> outside = projectIndicator(uniqueCode());
        outside.put("targetValue", 120); // PERCENT runs from 0 to 100
        asAdmin().contentType(ContentType.JSON).body(outside).post("/api/v1/indicators")
            .then().statusCode(422).body("errors.pointer", hasItem("/targetValue"));

        Map<String, Object> sdg = projectIndicator("11-6-9");
        sdg.put("framework", "SDG");
        sdg.put("goal", "11");
        sdg.put("target", "11.2");
        asAdmin().contentType(ContentType.JSON).body(sdg).post("/api/v1/indicators")
            .then().statusCode(422).body("errors.pointer", hasItem("/code"));

        Map<String, Object> taken = projectIndicator(uniqueCode());
        taken.put("aliases", List.of("1.5.1"));
        asAdmin().contentType(ContentType.JSON).body(taken).post("/api/v1/indicators")
            .then().statusCode(422).body("errors[0].detail", containsString("11.5.1"));

        asAdmin().contentType(ContentType.JSON).body(projectIndicator("11.5.1")).post("/api/v1/indicators")
            .then().statusCode(409);
    }

    @Test
    void theListingComesAsCsvToo() {
        String csv = asAdmin().header("Accept", "text/csv").header("Accept-Language", "ar")
            .queryParam("goal", "11").queryParam("size", 100)
            .when().get("/api/v1/indicators")
            .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("code,framework,goal,target,name,language");
        assertThat(lines).hasSize(1 + ReferenceData.rows(REFERENCE).size());
        assertThat(csv).contains(reference("11.6.2").get("indicator_title_ar"));

        asAdmin().queryParam("format", "csv").queryParam("framework", "WDI").get("/api/v1/indicators")
            .then().statusCode(200).contentType(containsString("text/csv")).body(containsString("SP.URB.TOTL"));
    }

    @Test
    void theOpenApiDocumentDescribesTheNewOperations() {
        asAdmin().queryParam("format", "json").get("/q/openapi")
            .then().statusCode(200)
            .body("paths.'/api/v1/indicators/{code}'.put.responses.'412'", notNullValue())
            .body("paths.'/api/v1/indicators/{code}/retire'.post.operationId", equalTo("retireIndicator"))
            .body("paths.'/api/v1/indicators/{code}/versions'.get", notNullValue())
            .body("paths.'/api/v1/frameworks'.get", notNullValue());
    }
}
