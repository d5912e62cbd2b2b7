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

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.nua.report.EventFixtures;
import org.nua.report.domain.Direction;
import org.nua.report.domain.progress.PandemicImpact;
import org.nua.report.domain.progress.YearValue;
import org.nua.testsupport.ReferenceData;

@QuarkusTest
class PandemicImpactResourceTest {

    @BeforeAll
    static void countriesArePublished() {
        EventFixtures.publishCountries();
    }

    /** Kazakhstan's national total of persons living in failing buildings (national indicator 11-1-1), 2010-2023. */
    private static List<Map<String, String>> failingBuildings() {
        return ReferenceData.rows("kazstat_national_sdg11_KAZ.csv").stream()
            .filter(r -> r.get("national_indicator_id").equals("11-1-1")
                && r.get("ref_area_en").equals("(national total)") && r.get("urbanisation_code").isEmpty()
                && r.get("series_code").isEmpty() && r.get("other_dimensions").isEmpty())
            .toList();
    }

    @Test
    void kazakhstansValuesFrom2020AreMeasuredAgainstTheir2010To2019Trend() {
        String indicator = "T" + UUID.randomUUID().toString().substring(0, 8);
        EventFixtures.publishIndicator(indicator, "PERSONS", "DECREASE", 0);
        List<Map<String, String>> rows = failingBuildings();
        for (Map<String, String> r : rows) {
            EventFixtures.publish("observation.events", EventFixtures.observation("KAZ", indicator, "",
                Integer.parseInt(r.get("year")), new BigDecimal(r.get("value")), "PERSONS", 1));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("indicator", indicator)
            .queryParam("country", "KAZ").get("/api/v1/pandemic-impact").then().extract().jsonPath()
            .getList("countries[0].values").size() == rows.size());

        JsonPath body = given().queryParam("indicator", indicator).queryParam("country", "KAZ")
            .when().get("/api/v1/pandemic-impact").then().statusCode(200)
            .body("method", equalTo("PRE_2020_LINEAR_TREND")).body("countries[0].enoughData", equalTo(true))
            .extract().jsonPath();

        PandemicImpact.Result expected = PandemicImpact.assess(rows.stream()
            .map(r -> new YearValue(Integer.parseInt(r.get("year")), new BigDecimal(r.get("value")))).toList(),
            Direction.DECREASE).orElseThrow();
        assertThat(body.getDouble("countries[0].trend.slope")).isCloseTo(expected.trend().slope(), within(1e-6));
        assertThat(body.getInt("countries[0].trend.points")).isEqualTo(10);
        assertThat(body.getList("countries[0].years.year", Integer.class)).containsExactly(2020, 2021, 2022, 2023);
        for (int i = 0; i < 4; i++) {
            assertThat(body.getDouble("countries[0].years[" + i + "].deviation"))
                .isCloseTo(expected.years().get(i).deviation(), within(1e-6));
            assertThat(body.getString("countries[0].years[" + i + "].reading"))
                .isEqualTo(expected.years().get(i).reading());
        }

        given().queryParam("indicator", indicator).get("/api/v1/pandemic-impact")
            .then().statusCode(200).body("countries.size()", equalTo(9))
            .body("countries.find { it.countryCode == 'JOR' }.enoughData", equalTo(false));
    }

    @Test
    void badQueriesAreProblems() {
        given().queryParam("indicator", "99.9.9").get("/api/v1/pandemic-impact")
            .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("indicator", "11.1.1").queryParam("country", "kz").get("/api/v1/pandemic-impact")
            .then().statusCode(422).contentType("application/problem+json");
    }
}
