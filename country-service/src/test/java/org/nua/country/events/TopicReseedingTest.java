package org.nua.country.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nua.testsupport.TestIdentity.asAdmin;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.nua.country.CatalogueFixture;
import org.nua.testsupport.ReferenceData;
import org.nua.testsupport.TestIdentity;
import org.nua.testsupport.TopicProbe;

@QuarkusTest
class TopicReseedingTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void countriesAndObservationsAreWrittenAgainInTheirCurrentStateAndMarkedAsRepublished() throws Exception {
        // PM2.5 for 2016 as the UN extract gives it: Morocco's recorded (all areas) then revised (urban), and
        // Ecuador's and Lesotho's recorded under the same indicator, so that one republication holds several
        // countries' observations of one indicator and kind.
        String indicator = CatalogueFixture.indicatorInReplica();
        for (String[] submission : List.of(new String[] {"MAR", "allarea"}, new String[] {"MAR", "urban"},
                new String[] {"ECU", "allarea"}, new String[] {"LSO", "allarea"})) {
            Map<String, String> row = ReferenceData.row("unsd_sdg11_series_9countries.csv",
                r -> r.get("series_code").equals("EN_ATM_PM25") && r.get("iso3").equals(submission[0])
                    && r.get("location").equals(submission[1]));
            asAdmin().contentType(ContentType.JSON).body(Map.of("indicatorCode", indicator,
                    "seriesCode", "EN_ATM_PM25", "year", Integer.parseInt(row.get("year")),
                    "value", new BigDecimal(row.get("value")), "unit", row.get("units"),
                    "nature", row.get("nature").toUpperCase(), "source", "UN SDG Global Database, " + submission[1]))
                .post("/api/v1/countries/" + submission[0] + "/observations").then()
                .statusCode(submission[1].equals("urban") ? 200 : 201);
        }

        TestIdentity.as(TestIdentity.analyst()).post("/api/v1/topics/observation.events/republish")
            .then().statusCode(403);
        assertThat(asAdmin().post("/api/v1/topics/country.events/republish").then().statusCode(200)
            .extract().jsonPath().getLong("events")).isEqualTo(9);
        long observations = asAdmin().post("/api/v1/topics/observation.events/republish").then().statusCode(200)
            .extract().jsonPath().getLong("events");
        assertThat(observations).isPositive();

        List<ConsumerRecord<String, String>> events = republished(Topics.OBSERVATION_EVENTS, "MAR:" + indicator);
        assertThat(events).hasSize(1);
        JsonNode event = json.readTree(events.get(0).value());
        assertThat(event.get("type").asText()).isEqualTo("observation.revised.v1");
        assertThat(event.at("/data/observations/0/revision").asInt()).isEqualTo(2);
        assertThat(event.at("/data/observations").size()).isEqualTo(1);
        for (String country : List.of("ECU", "LSO")) {
            List<ConsumerRecord<String, String>> recorded = republished(Topics.OBSERVATION_EVENTS,
                country + ":" + indicator);
            assertThat(recorded).as(country).hasSize(1);
            JsonNode data = json.readTree(recorded.get(0).value()).get("data");
            assertThat(data.get("countryCode").asText()).isEqualTo(country);
            assertThat(data.get("observations").size()).isEqualTo(1);
        }
        assertThat(republished(Topics.COUNTRY_EVENTS, "MAR")).isNotEmpty();
    }

    private static List<ConsumerRecord<String, String>> republished(String topic, String key) {
        return TopicProbe.onSharedBroker().collect(topic, r -> key.equals(r.key())
            && r.headers().lastHeader("nua-republished") != null
            && "true".equals(new String(r.headers().lastHeader("nua-republished").value(), StandardCharsets.UTF_8)),
            Duration.ofSeconds(8));
    }
}
