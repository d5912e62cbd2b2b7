package org.nua.report.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.nua.report.EventFixtures;
import org.nua.report.domain.Direction;
import org.nua.report.domain.progress.OpenSdgProgress;
import org.nua.report.domain.progress.ProgressInput;
import org.nua.report.domain.progress.ProgressResult;
import org.nua.report.domain.progress.UnsdProgressChart2023;
import org.nua.report.domain.progress.YearValue;
import org.nua.testsupport.ReferenceData;

@QuarkusTest
class ProgressResourceTest {

    @BeforeAll
    static void countriesArePublished() {
        org.nua.report.JsonNumbers.readAsBigDecimal();
        EventFixtures.publishCountries();
    }

    private static List<Map<String, String>> slums(String iso3) {
        return ReferenceData.rows("unsd_sdg11_series_9countries.csv").stream()
            .filter(r -> r.get("series_code").equals("EN_LND_SLUM") && r.get("iso3").equals(iso3)).toList();
    }

    @Test
    void everyCountrysStatusEqualsTheMethodsAppliedToItsPublishedValues() {
        String indicator = "T" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode event = EventFixtures.indicator(indicator, "PERCENT", "DECREASE", 0);
        ((ObjectNode) event.get("data")).put("targetValue", 0).put("targetYear", 2030)
            .put("targetIsConvention", true).put("minValue", 0).put("maxValue", 100);
        EventFixtures.publish("indicator.events", event);
        List<Map<String, String>> rows = ReferenceData.rows("unsd_sdg11_series_9countries.csv").stream()
            .filter(r -> r.get("series_code").equals("EN_LND_SLUM") && r.get("entity_type").equals("country"))
            .toList();
        for (Map<String, String> r : rows) {
            EventFixtures.publish("observation.events", EventFixtures.observation(r.get("iso3"), indicator,
                "EN_LND_SLUM", Integer.parseInt(r.get("year")), new BigDecimal(r.get("value")), "PERCENT", 1));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonPath body = given().queryParam("indicator", indicator).get("/api/v1/progress").then().extract()
                .jsonPath();
            List<Object> values = body.getList("countries.values.flatten()");
            return values != null && values.size() == rows.size();
        });

        JsonPath body = given().queryParam("indicator", indicator).when().get("/api/v1/progress")
            .then().statusCode(200).body("indicator.targetValue", equalTo(0)).body("indicator.targetIsConvention",
                equalTo(true)).extract().jsonPath();
        assertThat(body.getList("countries")).hasSize(9);
        for (String country : List.of("JOR", "ECU", "PHL", "KHM", "CUB", "CRI", "LSO", "MAR")) {
            List<YearValue> values = slums(country).stream()
                .map(r -> new YearValue(Integer.parseInt(r.get("year")), new BigDecimal(r.get("value")))).toList();
            ProgressInput input = new ProgressInput(values, Direction.DECREASE, BigDecimal.ZERO, 2030, BigDecimal.ZERO,
                BigDecimal.valueOf(100), true);
            String path = "countries.find { it.countryCode == '" + country + "' }.assessments";
            for (ProgressResult expected : List.of(UnsdProgressChart2023.assess(input), OpenSdgProgress.assess(input))) {
                String method = path + ".find { it.method == '" + expected.method() + "' }";
                assertThat(body.getString(method + ".status")).as(country + " " + expected.method())
                    .isEqualTo(expected.status());
                if (expected.score() != null) {
                    assertThat(body.getDouble(method + ".score")).isCloseTo(expected.score(), within(1e-9));
                }
                assertThat(body.getInt(method + ".parameters.baseYear"))
                    .isEqualTo(expected.parameters().get("baseYear"));
            }
        }
        // Kazakhstan has no slum-share value in the source: listed, with nothing to assess.
        assertThat(body.getList("countries.find { it.countryCode == 'KAZ' }.assessments")).isEmpty();

        given().queryParam("indicator", indicator).queryParam("country", "JOR").get("/api/v1/progress")
            .then().statusCode(200).body("countries.size()", equalTo(1)).body("countries[0].countryCode", equalTo("JOR"));
    }

    @Test
    void badQueriesAreProblems() {
        given().queryParam("indicator", "99.9.9").get("/api/v1/progress")
            .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("indicator", "11.1.1").queryParam("country", "jordan").get("/api/v1/progress")
            .then().statusCode(422).contentType("application/problem+json")
            .body("errors[0].pointer", equalTo("country"));
        given().get("/api/v1/progress").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGoalsScoreIsBuiltFromItsTargetsIndicatorsAndSeriesAsEachIsAssessed() {
        String indicator = "T" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode event = EventFixtures.indicator(indicator, "PERCENT", "DECREASE", 0);
        ((ObjectNode) event.get("data")).put("framework", "SDG").put("goal", "11").put("target", "11.1")
            .put("targetValue", 0).put("targetYear", 2030).put("minValue", 0).put("maxValue", 100);
        EventFixtures.publish("indicator.events", event);
        List<Map<String, String>> jordan = slums("JOR");
        for (Map<String, String> r : jordan) {
            EventFixtures.publish("observation.events", EventFixtures.observation("JOR", indicator, "EN_LND_SLUM",
                Integer.parseInt(r.get("year")), new BigDecimal(r.get("value")), "PERCENT", 1));
        }
        String mine = "countries[0].targets.find { it.target == '11.1' }.indicators.find { it.indicator == '"
            + indicator + "' }";
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("country", "JOR")
            .get("/api/v1/progress/goals/11").then().extract().jsonPath().get(mine) != null);

        JsonPath goal = given().queryParam("country", "JOR").when().get("/api/v1/progress/goals/11")
            .then().statusCode(200).body("method", equalTo(OpenSdgProgress.METHOD)).extract().jsonPath();
        // The series' score is the Open SDG assessment of the same values by /api/v1/progress.
        double seriesScore = given().queryParam("indicator", indicator).queryParam("country", "JOR")
            .get("/api/v1/progress").then().statusCode(200).extract().jsonPath()
            .getDouble("countries[0].assessments.find { it.method == '" + OpenSdgProgress.METHOD + "' }.score");
        assertThat(goal.getDouble(mine + ".series[0].score")).isEqualTo(seriesScore);
        assertThat(goal.getDouble(mine + ".score")).isEqualTo(seriesScore);
        // Each level is the mean of the level below, as ProgressAggregation says.
        List<Map<String, Object>> targets = goal.getList("countries[0].targets");
        for (Map<String, Object> target : targets) {
            List<Double> indicatorScores = ((List<Map<String, Object>>) target.get("indicators")).stream()
                .map(i -> (Number) i.get("score")).filter(java.util.Objects::nonNull).map(Number::doubleValue).toList();
            if (!indicatorScores.isEmpty()) {
                assertThat(((Number) target.get("score")).doubleValue()).isCloseTo(
                    indicatorScores.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                    org.assertj.core.data.Offset.offset(1e-9));
            }
        }
        assertThat(goal.getDouble("countries[0].score")).isCloseTo(targets.stream()
            .map(t -> (Number) t.get("score")).filter(java.util.Objects::nonNull)
            .mapToDouble(Number::doubleValue).average().orElseThrow(), org.assertj.core.data.Offset.offset(1e-9));
        given().when().get("/api/v1/progress/goals/99").then().statusCode(422);
    }
}
