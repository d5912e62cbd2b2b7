package org.nua.report.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.nua.platform.events.EventHeaders;
import org.nua.report.EventFixtures;
import org.nua.testsupport.ReferenceData;
import org.nua.testsupport.TopicProbe;

@QuarkusTest
class ComparisonResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void countriesArePublished() {
        org.nua.report.JsonNumbers.readAsBigDecimal();
        EventFixtures.publishCountries();
    }

    /** The UN SDG database rows of one series for the nine countries (location "all areas"). */
    private static List<Map<String, String>> series(String code) {
        return ReferenceData.rows("unsd_sdg11_series_9countries.csv").stream()
            .filter(r -> r.get("series_code").equals(code) && r.get("entity_type").equals("country")
                && (r.get("location").isEmpty() || r.get("location").equalsIgnoreCase("allarea")))
            .toList();
    }

    /** Publishes every row of the series under a fresh indicator code and waits until all are in the read model. */
    private static String load(String seriesCode, String direction) {
        String indicator = "T" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, String>> rows = series(seriesCode);
        EventFixtures.publishIndicator(indicator, rows.get(0).get("units"), direction, 0);
        for (Map<String, String> r : rows) {
            EventFixtures.publish("observation.events", EventFixtures.observation(r.get("iso3"), indicator, seriesCode,
                Integer.parseInt(r.get("year")), new BigDecimal(r.get("value")), r.get("units"), 1));
        }
        long countries = rows.stream().map(r -> r.get("iso3")).distinct().count();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonPath body = given().queryParam("indicator", indicator).get("/api/v1/comparisons")
                .then().extract().jsonPath();
            List<Object> values = body.getList("countries.value");
            return values != null && values.stream().filter(v -> v != null).count() == countries
                && body.getList("countries").size() == 9;
        });
        return indicator;
    }

    @Test
    void pm25In2016IsRankedLowestFirstWithExactlyThePublishedValues() {
        String indicator = load("EN_ATM_PM25", "DECREASE");
        List<Map<String, String>> expected = series("EN_ATM_PM25").stream()
            .sorted(Comparator.comparing(r -> new BigDecimal(r.get("value")))).toList();

        JsonPath body = given().queryParam("indicator", indicator).queryParam("year", 2016)
            .when().get("/api/v1/comparisons")
            .then().statusCode(200).body("year", equalTo(2016)).body("series", equalTo("EN_ATM_PM25"))
            .extract().jsonPath();

        assertThat(body.getList("countries.countryCode", String.class))
            .containsExactlyElementsOf(expected.stream().map(r -> r.get("iso3")).toList());
        assertThat(body.getList("countries.rank", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(new BigDecimal(body.getString("countries[" + i + "].value")))
                .isEqualByComparingTo(expected.get(i).get("value"));
        }
        List<BigDecimal> values = expected.stream().map(r -> new BigDecimal(r.get("value"))).toList();
        assertThat(body.getInt("statistics.count")).isEqualTo(9);
        assertThat(new BigDecimal(body.getString("statistics.min"))).isEqualByComparingTo(values.get(0));
        assertThat(new BigDecimal(body.getString("statistics.max"))).isEqualByComparingTo(values.get(8));
        assertThat(new BigDecimal(body.getString("statistics.median"))).isEqualByComparingTo(values.get(4));
        assertThat(new BigDecimal(body.getString("statistics.mean"))).isEqualByComparingTo(
            values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(9), java.math.MathContext.DECIMAL64));
        // Weighted by each country's 2016 urban population (WDI), computed here from the files themselves.
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal population = BigDecimal.ZERO;
        for (Map<String, String> row : expected) {
            BigDecimal urban = new BigDecimal(ReferenceData.row("wdi_urban_development_9countries.csv",
                r -> r.get("iso3").equals(row.get("iso3")) && r.get("indicator_code").equals("SP.URB.TOTL")
                    && r.get("year").equals("2016")).get("value"));
            weighted = weighted.add(new BigDecimal(row.get("value")).multiply(urban));
            population = population.add(urban);
        }
        assertThat(new BigDecimal(body.getString("statistics.populationWeightedMean")))
            .isEqualByComparingTo(weighted.divide(population, java.math.MathContext.DECIMAL64));
        assertThat(body.getString("statistics.weighting")).startsWith("Weighted by urban population");
        assertThat(body.getList("regions.countries.flatten()")).hasSize(9);
        Map<String, String> jordan = ReferenceData.row("country_reference_9countries.csv",
            r -> r.get("iso3").equals("JOR"));
        assertThat(body.getString("regions.find { it.countries.contains('JOR') }.regionM49"))
            .isEqualTo(jordan.get("m49_sub_region_code"));
    }

    @Test
    void breakdownsCitiesAndWithdrawnValuesStayOutOfNationalComparisons() {
        String indicator = load("EN_ATM_PM25", "DECREASE");
        Map<String, String> urban = ReferenceData.row("unsd_sdg11_series_9countries.csv", r -> r.get("series_code")
            .equals("EN_ATM_PM25") && r.get("iso3").equals("JOR") && r.get("location").equals("urban"));
        var breakdown = EventFixtures.observation("JOR", indicator, "EN_ATM_PM25", 2016,
            new BigDecimal(urban.get("value")), urban.get("units"), 1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) breakdown.at("/data/observations/0"))
            .putObject("disaggregation").put("LOCATION", "URBAN");
        EventFixtures.publish("observation.events", breakdown);
        var withdrawal = EventFixtures.golden("observation.withdrawn.v1");
        ((com.fasterxml.jackson.databind.node.ObjectNode) withdrawal.get("data")).put("countryCode", "MAR")
            .put("indicatorCode", indicator);
        ((com.fasterxml.jackson.databind.node.ObjectNode) withdrawal.at("/data/observations/0"))
            .put("seriesCode", "EN_ATM_PM25").put("year", 2016).put("revision", 2);
        EventFixtures.publish("observation.events", withdrawal.put("subject", "MAR:" + indicator));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> given().queryParam("indicator", indicator)
            .queryParam("year", 2016).get("/api/v1/comparisons").then().extract().jsonPath()
            .getList("countries.findAll { it.value == null }.countryCode").contains("MAR"));
        JsonPath body = given().queryParam("indicator", indicator).queryParam("year", 2016)
            .get("/api/v1/comparisons").then().statusCode(200).extract().jsonPath();
        Map<String, String> jordanTotal = series("EN_ATM_PM25").stream().filter(r -> r.get("iso3").equals("JOR"))
            .findFirst().orElseThrow();
        assertThat(new BigDecimal(body.getString("countries.find { it.countryCode == 'JOR' }.value")))
            .isEqualByComparingTo(jordanTotal.get("value"));
        assertThat(body.getInt("statistics.count")).isEqualTo(8);

        // Morocco's first revision arriving again, late, in a new event: the withdrawal (revision 2) stands.
        Map<String, String> morocco = series("EN_ATM_PM25").stream().filter(r -> r.get("iso3").equals("MAR"))
            .findFirst().orElseThrow();
        EventFixtures.publish("observation.events", EventFixtures.observation("MAR", indicator, "EN_ATM_PM25", 2016,
            new BigDecimal(morocco.get("value")), morocco.get("units"), 1));
        // Once the read model has committed everything published, the late event has been applied.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
            org.nua.testsupport.TestIdentity.as(org.nua.testsupport.TestIdentity.analyst()).get("/api/v1/read-model")
                .then().statusCode(200).extract().jsonPath().getBoolean("upToDate"));
        assertThat(given().queryParam("indicator", indicator).queryParam("year", 2016).get("/api/v1/comparisons")
            .then().statusCode(200).extract().jsonPath().getString("countries.find { it.countryCode == 'MAR' }.value"))
            .isNull();
    }

    @Test
    void latestValuesCarryTheirYearAndCountriesWithoutDataAreListedUnranked() {
        String indicator = load("EN_LND_SLUM", "DECREASE");
        Map<String, Map<String, String>> latest = new java.util.TreeMap<>();
        for (Map<String, String> r : series("EN_LND_SLUM")) {
            latest.merge(r.get("iso3"), r, (a, b) -> Integer.parseInt(a.get("year")) >= Integer.parseInt(b.get("year")) ? a : b);
        }

        JsonPath body = given().queryParam("indicator", indicator)
            .when().get("/api/v1/comparisons")
            .then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> countries = body.getList("countries");
        assertThat(countries).hasSize(9);
        for (Map<String, Object> row : countries) {
            Map<String, String> expected = latest.get((String) row.get("countryCode"));
            if (expected == null) {
                assertThat(row.get("rank")).isNull();
                assertThat(row.get("value")).isNull();
            } else {
                assertThat(row.get("year")).isEqualTo(Integer.parseInt(expected.get("year")));
                assertThat(new BigDecimal(String.valueOf(row.get("value")))).isEqualByComparingTo(expected.get("value"));
            }
        }
        // Kazakhstan has no slum-share value in the source: it is listed last, without a rank.
        assertThat(countries.get(8).get("countryCode")).isEqualTo("KAZ");
    }

    @Test
    void namesFollowAcceptLanguageWithEnglishFallback() {
        String indicator = load("EN_ATM_PM25", "DECREASE");
        String arabicJordan = ReferenceData.row("country_names_cldr_jdk17.csv", r -> r.get("iso3").equals("JOR"))
            .get("name_ar");

        given().header("Accept-Language", "ar").queryParam("indicator", indicator).queryParam("year", 2016)
            .when().get("/api/v1/comparisons")
            .then().statusCode(200)
            .body("language", equalTo("en")) // the golden indicator is named in English only
            .body("countries.countryName", hasItem(arabicJordan));
    }

    @Test
    void aLaterRevisionWinsAndARedeliveredEarlierOneChangesNothing() {
        String indicator = load("EN_ATM_PM25", "DECREASE");
        Map<String, String> urban = ReferenceData.row("unsd_sdg11_series_9countries.csv",
            r -> r.get("series_code").equals("EN_ATM_PM25") && r.get("iso3").equals("JOR")
                && r.get("location").equals("urban"));
        Map<String, String> allAreas = series("EN_ATM_PM25").stream().filter(r -> r.get("iso3").equals("JOR"))
            .findFirst().orElseThrow();
        var revised = EventFixtures.observation("JOR", indicator, "EN_ATM_PM25", 2016,
            new BigDecimal(urban.get("value")), urban.get("units"), 2);
        EventFixtures.publish("observation.events", revised);
        EventFixtures.publish("observation.events", revised);
        EventFixtures.publish("observation.events", EventFixtures.observation("JOR", indicator, "EN_ATM_PM25", 2016,
            new BigDecimal(allAreas.get("value")), allAreas.get("units"), 1));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jordan(indicator)
            .compareTo(new BigDecimal(urban.get("value"))) == 0);
        // a marker published after the stale event proves the stale one has been consumed by now
        load("EN_ATM_PM25", "DECREASE");
        assertThat(jordan(indicator)).isEqualByComparingTo(urban.get("value"));
    }

    private static BigDecimal jordan(String indicator) {
        return new BigDecimal(given().queryParam("indicator", indicator).queryParam("year", 2016)
            .get("/api/v1/comparisons").then().extract().jsonPath()
            .getString("countries.find { it.countryCode == 'JOR' }.value"));
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
        String marker = "poison-" + UUID.randomUUID();
        TopicProbe probe = TopicProbe.onSharedBroker();
        probe.send("observation.events", marker, "{\"id\": \"not-a-uuid\", \"type\": \"observation.recorded.v1\"}");

        ConsumerRecord<String, String> dead = probe.await("report-service.observation.events.dlq",
            r -> marker.equals(r.key()), Duration.ofSeconds(30)).get(0);
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
            .contains("id is not a UUID");
        load("EN_ATM_PM25", "DECREASE");
    }

    @Test
    void anEventTheDatabaseRefusesIsDeadLetteredAndTheEventsBehindItAreApplied() {
        String indicator = "T" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> jordan = series("EN_ATM_PM25").stream().filter(r -> r.get("iso3").equals("JOR"))
            .findFirst().orElseThrow();
        EventFixtures.publishIndicator(indicator, jordan.get("units"), "DECREASE", 0);
        int year = Integer.parseInt(jordan.get("year"));
        BigDecimal value = new BigDecimal(jordan.get("value"));
        // A country code longer than the read model's column: well formed, but the database refuses it.
        ObjectNode refused = EventFixtures.observation("JORDAN", indicator, "EN_ATM_PM25", year, value,
            jordan.get("units"), 1);
        ObjectNode behind = EventFixtures.observation("JOR", indicator, "EN_ATM_PM25", year, value,
            jordan.get("units"), 1);
        String key = "JOR:" + indicator; // one key, so both land on one partition, the second behind the first
        TopicProbe probe = TopicProbe.onSharedBroker();
        for (ObjectNode event : List.of(refused, behind)) {
            probe.send("observation.events", key, event.toString(),
                Map.of(EventHeaders.CONTENT_TYPE, EventHeaders.STRUCTURED));
        }

        ConsumerRecord<String, String> dead = probe.await("report-service.observation.events.dlq",
            r -> key.equals(r.key()), Duration.ofSeconds(60)).get(0);
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
            .contains("refused the event 3 time(s)").contains("SQLSTATE 22001");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jordan(indicator).compareTo(value) == 0);
    }

    @Test
    void theComparisonComesAsCsvToo() {
        String indicator = load("EN_ATM_PM25", "DECREASE");
        String csv = given().header("Accept", "text/csv").header("Accept-Language", "ar")
            .queryParam("indicator", indicator).queryParam("year", 2016)
            .when().get("/api/v1/comparisons")
            .then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("rank,country_code,country_name,value,year,nature,source");
        assertThat(lines).hasSize(10);
        assertThat(csv).contains(ReferenceData.row("country_names_cldr_jdk17.csv", r -> r.get("iso3").equals("JOR"))
            .get("name_ar"));
    }

    @Test
    void badQueriesAreProblems() {
        given().when().get("/api/v1/comparisons")
            .then().statusCode(422).contentType(PROBLEM).body("errors[0].pointer", equalTo("indicator"));
        given().queryParam("indicator", "99.9.9").when().get("/api/v1/comparisons")
            .then().statusCode(404).contentType(PROBLEM).body("type", equalTo("urn:nua:problem:indicator-not-found"));
        given().queryParam("indicator", "11.6.2").queryParam("year", 1200).when().get("/api/v1/comparisons")
            .then().statusCode(422).contentType(PROBLEM).body("errors[0].pointer", equalTo("year"));
        given().queryParam("indicator", "11.6.2\u0000").when().get("/api/v1/comparisons")
            .then().statusCode(422).contentType(PROBLEM).body("errors[0].pointer", equalTo("indicator"));
        given().queryParam("indicator", "11.6.2").queryParam("year", "last").when().get("/api/v1/comparisons")
            .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aValueTableShowsTheChosenCountriesAndYearsExactlyAsPublished() {
        String indicator = load("EN_LND_SLUM", "DECREASE");
        List<Map<String, String>> rows = series("EN_LND_SLUM").stream()
            .filter(r -> List.of("MAR", "JOR").contains(r.get("iso3")))
            .filter(r -> Integer.parseInt(r.get("year")) >= 2000 && Integer.parseInt(r.get("year")) <= 2014)
            .toList();
        assertThat(rows).isNotEmpty();

        JsonPath body = given().queryParam("indicator", indicator).queryParam("countries", "MAR,JOR")
            .queryParam("from", 2000).queryParam("to", 2014)
            .when().get("/api/v1/comparisons/table")
            .then().statusCode(200).body("from", equalTo(2000)).body("to", equalTo(2014))
            .extract().jsonPath();
        assertThat(body.getList("countries.countryCode", String.class)).containsExactly("MAR", "JOR");
        assertThat(body.getList("years", Integer.class)).containsExactlyElementsOf(
            rows.stream().map(r -> Integer.parseInt(r.get("year"))).distinct().sorted().toList());
        for (Map<String, String> row : rows) {
            String path = "countries.find { it.countryCode == '" + row.get("iso3") + "' }.values.find { it.year == "
                + row.get("year") + " }.value";
            assertThat(new BigDecimal(body.getString(path))).as(row.get("iso3") + " " + row.get("year"))
                .isEqualByComparingTo(row.get("value"));
        }
        int cells = body.getList("countries.values.flatten()").size();
        assertThat(cells).isEqualTo(rows.size());

        String csv = given().queryParam("indicator", indicator).queryParam("countries", "JOR")
            .queryParam("from", 2000).queryParam("to", 2014).queryParam("format", "csv")
            .when().get("/api/v1/comparisons/table").then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("country_code,country_name,");
        assertThat(csv.lines().count()).isEqualTo(2);

        given().queryParam("indicator", indicator).queryParam("countries", "JOR,XYZ")
            .when().get("/api/v1/comparisons/table").then().statusCode(422).contentType(PROBLEM)
            .body("errors[0].pointer", equalTo("countries"));
        given().queryParam("indicator", indicator).queryParam("from", 2016).queryParam("to", 2010)
            .when().get("/api/v1/comparisons/table").then().statusCode(422).contentType(PROBLEM);
        given().queryParam("indicator", indicator).queryParam("countries", "jor")
            .when().get("/api/v1/comparisons/table").then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void aBreakdownIsComparedOnItsOwnAndNeverMixedWithTotals() {
        String indicator = "T" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, String>> rows = ReferenceData.rows("unsd_sdg11_series_9countries.csv").stream()
            .filter(r -> r.get("series_code").equals("EN_ATM_PM25") && r.get("entity_type").equals("country")
                && r.get("year").equals("2016") && List.of("allarea", "urban").contains(r.get("location")))
            .toList();
        EventFixtures.publishIndicator(indicator, rows.get(0).get("units"), "DECREASE", 0);
        for (Map<String, String> r : rows) {
            ObjectNode event = EventFixtures.observation(r.get("iso3"), indicator, "EN_ATM_PM25", 2016,
                new BigDecimal(r.get("value")), r.get("units"), 1);
            if (r.get("location").equals("urban")) {
                ((ObjectNode) event.at("/data/observations/0")).putObject("disaggregation").put("LOCATION", "URBAN");
            }
            EventFixtures.publish("observation.events", event);
        }
        List<Map<String, String>> urban = rows.stream().filter(r -> r.get("location").equals("urban")).toList();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<Object> values = given().queryParam("indicator", indicator).queryParam("disaggregation", "location=urban")
                .get("/api/v1/comparisons").then().extract().jsonPath().getList("countries.value");
            return values != null && values.stream().filter(v -> v != null).count() == urban.size();
        });

        JsonPath body = given().queryParam("indicator", indicator).queryParam("disaggregation", "LOCATION=URBAN")
            .when().get("/api/v1/comparisons")
            .then().statusCode(200).body("disaggregation", equalTo("LOCATION=URBAN")).extract().jsonPath();
        for (Map<String, String> r : urban) {
            assertThat(new BigDecimal(body.getString("countries.find { it.countryCode == '" + r.get("iso3")
                + "' }.value"))).isEqualByComparingTo(r.get("value"));
        }
        JsonPath totals = given().queryParam("indicator", indicator).when().get("/api/v1/comparisons")
            .then().statusCode(200).extract().jsonPath();
        assertThat(totals.getString("disaggregation")).isNull();
        for (Map<String, String> r : rows.stream().filter(x -> x.get("location").equals("allarea")).toList()) {
            assertThat(new BigDecimal(totals.getString("countries.find { it.countryCode == '" + r.get("iso3")
                + "' }.value"))).isEqualByComparingTo(r.get("value"));
        }
        given().queryParam("indicator", indicator).queryParam("disaggregation", "LOCATION=URBAN")
            .queryParam("countries", "JOR").when().get("/api/v1/comparisons/table")
            .then().statusCode(200).body("disaggregation", equalTo("LOCATION=URBAN"));
        given().queryParam("indicator", indicator).queryParam("disaggregation", "LOCATION")
            .when().get("/api/v1/comparisons").then().statusCode(422).contentType(PROBLEM);
    }
}
