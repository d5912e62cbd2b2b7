package org.nua.country.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import org.nua.country.events.Topics;
import org.nua.testsupport.ReferenceData;
import org.nua.testsupport.TopicProbe;

@QuarkusTest
class CountryResourceTest {

    @Test
    void listsExactlyTheNineCountriesOfTheReferenceData() {
        List<String> expected = ReferenceData.rows("country_reference_9countries.csv").stream()
            .map(r -> r.get("iso3")).sorted().toList();

        List<String> codes = given().when().get("/api/v1/countries")
            .then().statusCode(200).extract().jsonPath().getList("code", String.class);

        assertThat(codes).hasSize(9).isEqualTo(expected);
    }

    @Test
    void countryCarriesRegionAndNamesInTheProjectLanguages() {
        Map<String, String> names = ReferenceData.row("country_names_cldr_jdk17.csv", r -> r.get("iso3").equals("JOR"));
        Map<String, String> ref = ReferenceData.row("country_reference_9countries.csv", r -> r.get("iso3").equals("JOR"));

        given().when().get("/api/v1/countries/JOR")
            .then().statusCode(200)
            .body("m49", equalTo(ref.get("iso_numeric_m49")))
            .body("subRegion", equalTo(ref.get("m49_sub_region")))
            .body("names.ar", equalTo(names.get("name_ar")))
            .body("names.km", equalTo(names.get("name_km")));
    }

    @Test
    void citiesComeFromWupAndACapitalWupLacksHasNoInventedPopulation() {
        Map<String, String> urbanPopulation = ReferenceData.rows("wdi_urban_development_9countries.csv").stream()
            .filter(r -> r.get("iso3").equals("LSO") && r.get("indicator_code").equals("SP.URB.TOTL"))
            .reduce((a, b) -> b).orElseThrow();
        given().when().get("/api/v1/countries/LSO")
            .then().statusCode(200)
            .body("cities", org.hamcrest.Matchers.hasSize(1))
            .body("cities[0].name", equalTo("Maseru"))
            .body("cities[0].capital", equalTo(true))
            .body("cities[0].population2020", org.hamcrest.Matchers.nullValue())
            .body("urbanPopulation.'" + urbanPopulation.get("year") + "'",
                equalTo(new java.math.BigDecimal(urbanPopulation.get("value")).intValueExact()));
        long jordanCities = ReferenceData.rows("wup2018_cities_over_300k_9countries.csv").stream()
            .filter(r -> r.get("iso3").equals("JOR")).count();
        given().when().get("/api/v1/countries/JOR")
            .then().statusCode(200).body("cities", org.hamcrest.Matchers.hasSize((int) jordanCities))
            .body("cities.findAll { it.capital }.name", equalTo(java.util.List.of("Amman")))
            .body("languages", equalTo(java.util.List.of("ara:Arabic")));
    }

    @Test
    void unknownCountryIsA404Problem() {
        given().when().get("/api/v1/countries/XYZ")
            .then().statusCode(404).contentType("application/problem+json")
            .body("type", equalTo("urn:nua:problem:country-not-found"));
    }

    @Test
    void everyCountryIsPublishedWithTheGoldenShape() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode event = json.readTree(TopicProbe.onSharedBroker()
            .await(Topics.COUNTRY_EVENTS, r -> "MAR".equals(r.key()), Duration.ofSeconds(20)).get(0).value());
        JsonNode golden = json.readTree(ReferenceData.eventExamples().resolve("country.published.v1.json").toFile());

        assertThat(event.get("type").asText()).isEqualTo("country.published.v1");
        assertThat(event.at("/data/names/ar").asText()).isEqualTo(
            ReferenceData.row("country_names_cldr_jdk17.csv", r -> r.get("iso3").equals("MAR")).get("name_ar"));
        assertThat(JsonShape.of(event)).isEqualTo(JsonShape.of(golden));
    }
}
