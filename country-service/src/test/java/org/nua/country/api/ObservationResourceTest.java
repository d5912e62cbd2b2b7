package org.nua.country.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.nua.testsupport.TestIdentity.asAdmin;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.nua.country.CatalogueFixture;
import org.nua.country.events.Topics;
import org.nua.testsupport.ReferenceData;
import org.nua.testsupport.TopicProbe;

@QuarkusTest
class ObservationResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private final ObjectMapper json = new ObjectMapper();

    /** Jordan's PM2.5 values for 2016 from the UN SDG database extract in deploy/data. */
    private static Map<String, String> jordanPm25(String location) {
        return ReferenceData.row("unsd_sdg11_series_9countries.csv", r -> r.get("series_code").equals("EN_ATM_PM25")
            && r.get("iso3").equals("JOR") && r.get("location").equals(location));
    }

    private static Map<String, Object> body(String indicator, Map<String, String> row) {
        Map<String, Object> body = new HashMap<>();
        body.put("indicatorCode", indicator);
        body.put("seriesCode", row.get("series_code"));
        body.put("year", Integer.parseInt(row.get("year")));
        body.put("value", new BigDecimal(row.get("value")));
        body.put("unit", row.get("units"));
        body.put("nature", row.get("nature").toUpperCase());
        body.put("source", "UN SDG Global Database (October 2020 extract), location " + row.get("location"));
        return body;
    }

    @Test
    void recordThenResubmitThenRevisePublishesExactlyTheChanges() throws Exception {
        String indicator = CatalogueFixture.indicatorInReplica();
        Map<String, String> allAreas = jordanPm25("allarea");
        Map<String, String> urban = jordanPm25("urban");

        asAdmin().contentType(ContentType.JSON).body(body(indicator, allAreas))
            .when().post("/api/v1/countries/JOR/observations")
            .then().statusCode(201)
            .body("outcome", equalTo("RECORDED")).body("revision", equalTo(1))
            .body("value", equalTo(Float.parseFloat(allAreas.get("value"))));

        asAdmin().contentType(ContentType.JSON).body(body(indicator, allAreas))
            .when().post("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("outcome", equalTo("UNCHANGED")).body("revision", equalTo(1));
        String beforeRevision = java.time.Instant.now().toString();

        asAdmin().contentType(ContentType.JSON).body(body(indicator, urban))
            .when().post("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("outcome", equalTo("REVISED")).body("revision", equalTo(2));

        String key = "JOR:" + indicator;
        List<ConsumerRecord<String, String>> events = TopicProbe.onSharedBroker().collect(Topics.OBSERVATION_EVENTS,
            r -> key.equals(r.key()), Duration.ofSeconds(4));
        assertThat(events).hasSize(2);
        JsonNode recorded = json.readTree(events.get(0).value());
        JsonNode revised = json.readTree(events.get(1).value());
        assertThat(recorded.get("type").asText()).isEqualTo("observation.recorded.v1");
        assertThat(recorded.at("/data/observations/0/value").decimalValue()).isEqualByComparingTo(allAreas.get("value"));
        assertThat(revised.get("type").asText()).isEqualTo("observation.revised.v1");
        assertThat(revised.at("/data/observations/0/value").decimalValue()).isEqualByComparingTo(urban.get("value"));
        assertThat(revised.at("/data/observations/0/previousValue").decimalValue()).isEqualByComparingTo(allAreas.get("value"));

        JsonNode golden = json.readTree(ReferenceData.eventExamples().resolve("observation.recorded.v1.json").toFile());
        assertThat(JsonShape.of(recorded)).isEqualTo(JsonShape.of(golden));
        JsonNode goldenRevised = json.readTree(
            ReferenceData.eventExamples().resolve("observation.revised.v1.json").toFile());
        assertThat(JsonShape.of(revised)).isEqualTo(JsonShape.of(goldenRevised));

        asAdmin().queryParam("indicator", indicator).when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("items", hasSize(1)).body("items[0].revision", equalTo(2))
            .body("total", equalTo(1));

        // Yesterday's view: as of before the revision, the first value is what was known.
        asAdmin().queryParam("indicator", indicator).queryParam("asOf", beforeRevision)
            .when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("items", hasSize(1)).body("items[0].revision", equalTo(1))
            .body("items[0].value", equalTo(Float.parseFloat(allAreas.get("value"))));
        asAdmin().queryParam("indicator", indicator).queryParam("asOf", "2000-01-01T00:00:00Z")
            .when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("items", hasSize(0));
        asAdmin().queryParam("indicator", indicator).queryParam("series", "EN_ATM_PM25").queryParam("year", 2016)
            .when().get("/api/v1/countries/JOR/observations/history")
            .then().statusCode(200).body("revision", equalTo(List.of(1, 2)))
            .body("[1].value", equalTo(Float.parseFloat(urban.get("value"))));
        asAdmin().queryParam("asOf", "2026-02-31T00:00:00Z").when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(422).contentType(PROBLEM).body("errors[0].pointer", equalTo("asOf"));
        asAdmin().queryParam("asOf", "yesterday").when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void aFormulaInASourceIsNeutralisedInTheCsvAndTheSameFileSentBackChangesNothing() {
        String indicator = CatalogueFixture.indicatorInReplica();
        Map<String, Object> body = body(indicator, jordanPm25("allarea"));
        String formula = "=HYPERLINK(\"http://attacker.invalid\",\"UN SDG\")";
        body.put("source", formula);
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/countries/JOR/observations")
            .then().statusCode(201);

        String csv = asAdmin().queryParam("indicator", indicator).queryParam("format", "csv")
            .get("/api/v1/countries/JOR/observations").then().statusCode(200).extract().asString();
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",\"=HYPERLINK").doesNotContain(",=HYPERLINK");

        // The download, uploaded as a batch: the guard is read back off, so nothing changed.
        asAdmin().contentType("text/csv").body(csv).post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200).body("unchanged", equalTo(1)).body("revised", equalTo(0));
        asAdmin().queryParam("indicator", indicator).get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("items[0].source", equalTo(formula)).body("items[0].revision", equalTo(1));
    }

    @Test
    void unknownIndicatorIs422AndStoresNothing() {
        Map<String, Object> body = body("99.9.9", jordanPm25("allarea"));
        asAdmin().contentType(ContentType.JSON).body(body)
            .when().post("/api/v1/countries/JOR/observations")
            .then().statusCode(422).contentType(PROBLEM)
            .body("type", equalTo("urn:nua:problem:invalid-observation"))
            .body("errors[0].pointer", equalTo("/indicatorCode"))
            .body("detail", containsString("99.9.9"));

        asAdmin().queryParam("indicator", "99.9.9").when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
    }

    @Test
    void wrongUnitIs422NamingBothUnits() {
        String indicator = CatalogueFixture.indicatorInReplica();
        Map<String, Object> body = body(indicator, jordanPm25("allarea"));
        body.put("unit", "PERCENT");
        asAdmin().contentType(ContentType.JSON).body(body)
            .when().post("/api/v1/countries/JOR/observations")
            .then().statusCode(422).contentType(PROBLEM)
            .body("errors[0].pointer", equalTo("/unit"))
            .body("detail", containsString("mgr/m^3"));
    }

    @Test
    void valuesTheDatabaseCouldNotStoreAre422NotServerErrors() {
        // Each is refused as the body is read (platform StrictJson), before any digit is written out.
        Map<String, Object> body = body("11.6.2", jordanPm25("allarea"));
        body.put("value", new BigDecimal("1E+1000000"));
        asAdmin().contentType(ContentType.JSON).body(body)
            .when().post("/api/v1/countries/JOR/observations")
            .then().statusCode(422).contentType(PROBLEM).body("errors.pointer", hasItem("/value"));
        body = body("11.6.2", jordanPm25("allarea"));
        body.put("source", "UN SDG\u0000");
        asAdmin().contentType(ContentType.JSON).body(body)
            .when().post("/api/v1/countries/JOR/observations")
            .then().statusCode(422).contentType(PROBLEM).body("errors.pointer", hasItem("/source"));

        asAdmin().when().get("/api/v1/countries/J%00R").then().statusCode(404).contentType(PROBLEM);
        asAdmin().queryParam("indicator", "11.6.2\u0000").when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(422).contentType(PROBLEM).body("errors[0].pointer", equalTo("indicator"));
    }

    @Test
    void aSeriesTheCatalogueDoesNotListIs422() {
        String indicator = CatalogueFixture.indicatorInReplica();
        Map<String, Object> body = body(indicator, jordanPm25("allarea"));
        body.put("seriesCode", "EN_LND_SLUM");
        asAdmin().contentType(ContentType.JSON).body(body)
            .when().post("/api/v1/countries/JOR/observations")
            .then().statusCode(422).contentType(PROBLEM).body("errors[0].pointer", equalTo("/seriesCode"));
    }

    @Test
    void invalidFieldsAre422AndUnknownCountryIs404() {
        Map<String, Object> body = body("11.6.2", jordanPm25("allarea"));
        body.put("year", 1800);
        body.put("nature", "X");
        body.remove("value");
        asAdmin().contentType(ContentType.JSON).body(body)
            .when().post("/api/v1/countries/JOR/observations")
            .then().statusCode(422).contentType(PROBLEM)
            .body("errors.pointer", hasItem("/year"))
            .body("errors.pointer", hasItem("/nature"))
            .body("errors.pointer", hasItem("/value"));

        asAdmin().contentType(ContentType.JSON).body(body("11.6.2", jordanPm25("allarea")))
            .when().post("/api/v1/countries/XYZ/observations")
            .then().statusCode(404).contentType(PROBLEM);

        asAdmin().contentType(ContentType.JSON).body("{\"value\": \"a lot\"}")
            .when().post("/api/v1/countries/JOR/observations")
            .then().statusCode(400).contentType(PROBLEM);
    }
}
