package org.nua.country.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.nua.testsupport.TestIdentity.asAdmin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import org.nua.country.CatalogueFixture;
import org.nua.country.events.Topics;
import org.nua.testsupport.ReferenceData;
import org.nua.testsupport.TopicProbe;

/**
 * The full natural key (city and breakdown included), withdrawal with its history, and the reads: time series,
 * latest values, CSV and ETag, agencies.
 */
@QuarkusTest
class ObservationLifecycleTest {

    private static final String PROBLEM = "application/problem+json";
    private final ObjectMapper json = new ObjectMapper();

    /** Jordan's 2016 PM2.5 rows of the UN SDG database extract, as SDMX-CSV: REF_AREA is the M49 code. */
    private static String jordanPm25AsSdmx(String indicator) {
        String m49 = ReferenceData.row("country_reference_9countries.csv", r -> r.get("iso3").equals("JOR"))
            .get("iso_numeric_m49");
        return "DATAFLOW,INDICATOR,SERIES,REF_AREA,URBANISATION,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,NATURE,"
            + "OBS_STATUS\n" + ReferenceData.rows("unsd_sdg11_series_9countries.csv").stream()
            .filter(r -> r.get("series_code").equals("EN_ATM_PM25") && r.get("iso3").equals("JOR"))
            .map(r -> String.join(",", "UNSD:DF_SDG_GLH(1.0)", indicator, r.get("series_code"), m49,
                r.get("location").equals("urban") ? "U" : "_T", r.get("year"), r.get("value"), r.get("units"), "0",
                r.get("nature").toUpperCase(), "A"))
            .collect(Collectors.joining("\n")) + "\n";
    }

    @Test
    void breakdownsAndCitiesAreSeparateObservationsAndWithdrawalKeepsHistory() throws Exception {
        String indicator = CatalogueFixture.indicatorInReplica();
        asAdmin().contentType("application/vnd.sdmx.data+csv").body(jordanPm25AsSdmx(indicator).getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200).body("recorded", equalTo(2)).body("errors", hasSize(0));

        // The total (URBANISATION _T, i.e. ALLAREA) has no breakdown; the urban value is LOCATION=URBAN.
        asAdmin().queryParam("indicator", indicator).queryParam("disaggregation", "TOTAL")
            .when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("total", equalTo(1)).body("items[0].disaggregation", equalTo(Map.of()));
        asAdmin().queryParam("indicator", indicator).queryParam("disaggregation", "LOCATION=URBAN")
            .when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("total", equalTo(1))
            .body("items[0].disaggregation.LOCATION", equalTo("URBAN"));

        Instant beforeWithdrawal = Instant.now();
        String withdraw = "indicator_code,series_code,year,disaggregation,action\n" + indicator
            + ",EN_ATM_PM25,2016,LOCATION=URBAN,WITHDRAW\n";
        asAdmin().contentType("text/csv").body(withdraw).when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200).body("withdrawn", equalTo(1));
        asAdmin().queryParam("indicator", indicator).when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("total", equalTo(1));
        asAdmin().queryParam("indicator", indicator).queryParam("asOf", beforeWithdrawal.toString())
            .when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("total", equalTo(2));
        asAdmin().queryParam("indicator", indicator).queryParam("series", "EN_ATM_PM25").queryParam("year", 2016)
            .queryParam("disaggregation", "LOCATION=URBAN")
            .when().get("/api/v1/countries/JOR/observations/history")
            .then().statusCode(200).body("withdrawn", equalTo(List.of(false, true)));
        // Withdrawing what is not there changes nothing and names the row.
        asAdmin().contentType("text/csv").body(withdraw).when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200).body("withdrawn", equalTo(0)).body("unchanged", equalTo(1));
        asAdmin().contentType("text/csv").body(withdraw.replace("2016", "2015"))
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(422).body("report.errors[0].code", equalTo("NOT_FOUND"));

        String key = "JOR:" + indicator;
        List<ConsumerRecord<String, String>> events = TopicProbe.onSharedBroker().await(Topics.OBSERVATION_EVENTS,
            r -> key.equals(r.key()) && r.value().contains("observation.withdrawn.v1"), Duration.ofSeconds(15));
        JsonNode withdrawn = json.readTree(events.get(0).value());
        assertThat(withdrawn.at("/data/observations/0/disaggregation/LOCATION").asText()).isEqualTo("URBAN");
        JsonNode golden = json.readTree(ReferenceData.eventExamples().resolve("observation.withdrawn.v1.json")
            .toFile());
        assertThat(JsonShape.of(withdrawn)).isEqualTo(JsonShape.of(golden));

        // The single-observation DELETE does the same for the total.
        asAdmin().queryParam("indicator", indicator).queryParam("series", "EN_ATM_PM25").queryParam("year", 2016)
            .when().delete("/api/v1/countries/JOR/observations").then().statusCode(204);
        asAdmin().queryParam("indicator", indicator).queryParam("series", "EN_ATM_PM25").queryParam("year", 2016)
            .when().delete("/api/v1/countries/JOR/observations").then().statusCode(404).contentType(PROBLEM)
            .body("type", equalTo("urn:nua:problem:observation-not-found"));
    }

    @Test
    void citiesAreFoundByCodeOrByTheUnDatabaseName() {
        String indicator = CatalogueFixture.indicatorInReplica();
        Map<String, String> amman = ReferenceData.row("wup2018_cities_over_300k_9countries.csv",
            r -> r.get("iso3").equals("JOR") && r.get("urban_agglomeration_as_in_file").equals("Amman"));
        String rows = "indicator_code,city_code,series_code,year,value,unit\n"
            + indicator + ",amman,EN_ATM_PM25,2016,1,mgr/m^3\n"
            + indicator + ",lahore,EN_ATM_PM25,2016,1,mgr/m^3\n";
        asAdmin().contentType("text/csv").body(rows).when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(422).body("report.errors", hasSize(1)).body("report.errors[0].row", equalTo(2))
            .body("report.errors[0].code", equalTo("UNKNOWN_CITY"));
        asAdmin().contentType("text/csv").body(rows.substring(0, rows.lastIndexOf(indicator + ",lahore")))
            .when().post("/api/v1/countries/JOR/observations/batches").then().statusCode(200)
            .body("recorded", equalTo(1));
        asAdmin().queryParam("indicator", indicator).queryParam("city", amman.get("city_code"))
            .when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("total", equalTo(1)).body("items[0].cityCode", equalTo(amman.get("city_code")));
        asAdmin().queryParam("indicator", indicator).queryParam("city", "NONE")
            .when().get("/api/v1/countries/JOR/observations").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void latestCsvAndEtag() {
        String indicator = CatalogueFixture.indicatorInReplica();
        asAdmin().contentType("application/vnd.sdmx.data+csv").body(jordanPm25AsSdmx(indicator).getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .when().post("/api/v1/countries/JOR/observations/batches").then().statusCode(200);

        String etag = asAdmin().queryParam("indicator", indicator).accept("text/csv")
            .when().get("/api/v1/countries/JOR/observations/latest")
            .then().statusCode(200).contentType(startsWith("text/csv"))
            .body(startsWith("country_code,city_code,indicator_code,series_code,year,disaggregation,value"))
            .extract().header("ETag");
        asAdmin().queryParam("indicator", indicator).accept("text/csv").header("If-None-Match", etag)
            .when().get("/api/v1/countries/JOR/observations/latest").then().statusCode(304);
        asAdmin().queryParam("indicator", indicator).when().get("/api/v1/countries/JOR/observations/latest")
            .then().statusCode(200).body("$", hasSize(2)).body("year", equalTo(List.of(2016, 2016)));
        asAdmin().queryParam("indicator", indicator).queryParam("limit", 1).queryParam("offset", 1)
            .when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("items", hasSize(1)).body("total", equalTo(2)).body("offset", equalTo(1));
        asAdmin().queryParam("limit", 5000).when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(422).contentType(PROBLEM);
        asAdmin().queryParam("disaggregation", "LOCATION").when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void anAgencyMustBeRegisteredBeforeItSubmits() {
        String indicator = CatalogueFixture.indicatorInReplica();
        String agency = "A" + UUID.randomUUID().toString().substring(0, 6);
        String row = "indicator_code,series_code,year,value,unit\n" + indicator + ",EN_ATM_PM25,2016,1,mgr/m^3\n";
        asAdmin().contentType("text/csv").queryParam("agency", agency).body(row)
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:nua:problem:unknown-agency"));
        asAdmin().contentType("application/json")
            .body(Map.of("code", agency, "name", "Department of Statistics", "kind", "NATIONAL_STATISTICS_OFFICE"))
            .when().post("/api/v1/countries/JOR/agencies").then().statusCode(201);
        asAdmin().contentType("application/json")
            .body(Map.of("code", agency, "name", "Department of Statistics", "kind", "NATIONAL_STATISTICS_OFFICE"))
            .when().post("/api/v1/countries/JOR/agencies").then().statusCode(409).contentType(PROBLEM);
        asAdmin().contentType("text/csv").queryParam("agency", agency).body(row)
            .when().post("/api/v1/countries/JOR/observations/batches").then().statusCode(200);
        asAdmin().queryParam("indicator", indicator).when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("items[0].agencyCode", equalTo(agency));
    }
}
