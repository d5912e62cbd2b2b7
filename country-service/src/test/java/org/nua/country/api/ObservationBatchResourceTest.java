package org.nua.country.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.nua.testsupport.TestIdentity.asAdmin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.nua.country.CatalogueFixture;
import org.nua.country.domain.BatchRow;
import org.nua.country.events.Topics;
import org.nua.testsupport.ReferenceData;
import org.nua.testsupport.TopicProbe;

@QuarkusTest
class ObservationBatchResourceTest {

    private static final String PROBLEM = "application/problem+json";

    /** An indicator like 11.1.1 (series EN_LND_SLUM in PERCENT) under a fresh code, known to the replica. */
    private static String slumIndicator() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode event = CatalogueFixture.event("indicator.published.v1", code);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("unit", "PERCENT");
        data.putArray("series").addObject().put("code", "EN_LND_SLUM").put("unit", "PERCENT")
            .put("description", "Proportion of urban population living in slums");
        CatalogueFixture.publish(event);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> CatalogueFixture.replicaKnows(code));
        return code;
    }

    /** Jordan's slum-share rows of the UN SDG database extract in deploy/data. */
    private static List<Map<String, String>> jordanSlums() {
        return ReferenceData.rows("unsd_sdg11_series_9countries.csv").stream()
            .filter(r -> r.get("series_code").equals("EN_LND_SLUM") && r.get("iso3").equals("JOR")).toList();
    }

    /** The rows as a partner's CSV export: one line per country-year, the UN database's columns renamed. */
    private static String csv(String indicator, List<Map<String, String>> rows) {
        return "country_code,indicator_code,series_code,year,value,unit,nature,source\n" + rows.stream()
            .map(r -> String.join(",", r.get("iso3"), indicator, r.get("series_code"), r.get("year"), r.get("value"),
                r.get("units"), r.get("nature").equals("notspec") ? "" : r.get("nature").toUpperCase(),
                "\"UN SDG Global Database, " + r.get("year") + "\""))
            .collect(Collectors.joining("\n")) + "\n";
    }

    private static int observationsIn(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> events) {
        return events.stream().mapToInt(e -> {
            try {
                return JSON.readTree(e.value()).at("/data/observations").size();
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }).sum();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static long storedRows(String indicator) {
        return asAdmin().queryParam("indicator", indicator).get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void aUnDatabaseExportLoadsInOneRequestAndItsRetryChangesNothing() {
        String indicator = slumIndicator();
        List<Map<String, String>> rows = jordanSlums();
        String body = csv(indicator, rows);
        String key = UUID.randomUUID().toString();

        asAdmin().contentType("text/csv").header("Idempotency-Key", key).body(body)
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200)
            .body("rows", equalTo(rows.size())).body("recorded", equalTo(rows.size())).body("rejected", equalTo(0))
            .body("errors", hasSize(0));
        assertThat(storedRows(indicator)).isEqualTo(rows.size());
        // One event carries the whole batch's recordings of the indicator.
        String eventKey = "JOR:" + indicator;
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> observationsIn(TopicProbe.onSharedBroker()
            .collect(Topics.OBSERVATION_EVENTS, r -> eventKey.equals(r.key()), Duration.ofMillis(500))) == rows.size());

        asAdmin().contentType("text/csv").header("Idempotency-Key", key).body(body)
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200).body("recorded", equalTo(rows.size()));
        var events = TopicProbe.onSharedBroker().collect(Topics.OBSERVATION_EVENTS, r -> eventKey.equals(r.key()),
            Duration.ofSeconds(2));
        assertThat(events).hasSize(1);
        assertThat(observationsIn(events)).isEqualTo(rows.size());

        asAdmin().contentType("text/csv").header("Idempotency-Key", key).body(body.replace("JOR,", "JOR ,"))
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:nua:problem:idempotency-key-reused"));

        // Without a key the same batch is simply unchanged.
        asAdmin().contentType("text/csv").body(body).when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200).body("unchanged", equalTo(rows.size())).body("recorded", equalTo(0));
    }

    @Test
    void aBatchMixingStoredAndNewKeysRecordsOnlyTheNewOnes() throws Exception {
        String indicator = slumIndicator();
        List<Map<String, String>> rows = jordanSlums();
        assertThat(rows).hasSizeGreaterThan(3);
        asAdmin().contentType("text/csv").body(csv(indicator, rows.subList(0, rows.size() - 2)))
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200).body("recorded", equalTo(rows.size() - 2));

        // Every row again: the first with the second's value (a revision), the last two for the first time.
        List<Map<String, String>> again = new ArrayList<>(rows);
        Map<String, String> revised = new HashMap<>(rows.get(0));
        revised.put("value", rows.get(1).get("value"));
        again.set(0, revised);
        asAdmin().contentType("text/csv").body(csv(indicator, again))
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200).body("recorded", equalTo(2)).body("revised", equalTo(1))
            .body("unchanged", equalTo(rows.size() - 3));

        String eventKey = "JOR:" + indicator;
        Map<String, List<Integer>> yearsByType = new HashMap<>();
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
            yearsByType.clear();
            for (var e : TopicProbe.onSharedBroker().collect(Topics.OBSERVATION_EVENTS, r -> eventKey.equals(r.key()),
                Duration.ofMillis(500))) {
                var event = JSON.readTree(e.value());
                event.at("/data/observations").forEach(o -> yearsByType.computeIfAbsent(event.get("type").asText(),
                    t -> new ArrayList<>()).add(o.get("year").asInt()));
            }
            return yearsByType.getOrDefault("observation.revised.v1", List.of()).size() == 1;
        });
        List<Integer> years = rows.stream().map(r -> Integer.valueOf(r.get("year"))).toList();
        assertThat(yearsByType.get("observation.recorded.v1")).containsExactlyInAnyOrderElementsOf(years);
        assertThat(yearsByType.get("observation.revised.v1")).containsExactly(years.get(0));
        assertThat(storedRows(indicator)).isEqualTo(rows.size());
    }

    @Test
    void aBatchWithOneBadRowChangesNothingAndNamesTheRow() {
        String indicator = slumIndicator();
        String body = csv(indicator, jordanSlums()).replaceFirst("(?m)^((?:[^\\n]*\\n){3}[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,)PERCENT",
            "$1NUMBER");

        asAdmin().contentType("text/csv").body(body)
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(422).contentType(PROBLEM)
            .body("type", equalTo("urn:nua:problem:batch-rejected"))
            .body("report.rejected", equalTo(1))
            .body("report.errors[0].row", equalTo(3))
            .body("report.errors[0].field", equalTo("unit"))
            .body("report.errors[0].code", equalTo("UNIT_MISMATCH"));
        assertThat(storedRows(indicator)).isZero();
    }

    @Test
    void aDryRunReportsWithoutWriting() {
        String indicator = slumIndicator();
        asAdmin().contentType("text/csv").queryParam("dryRun", true).body(csv(indicator, jordanSlums()))
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200).body("dryRun", equalTo(true)).body("recorded", equalTo(jordanSlums().size()));
        assertThat(storedRows(indicator)).isZero();
    }

    @Test
    void everyRowErrorHasAStableCode() {
        String indicator = slumIndicator();
        Map<String, String> first = jordanSlums().get(0);
        String body = """
            {"observations": [
              {"indicatorCode": "%1$s", "seriesCode": "EN_LND_SLUM", "year": %2$s, "value": %3$s, "unit": "PERCENT"},
              {"indicatorCode": "%1$s", "seriesCode": "EN_LND_SLUM", "year": %2$s, "value": %3$s, "unit": "PERCENT"},
              {"countryCode": "MAR", "indicatorCode": "%1$s", "seriesCode": "EN_LND_SLUM", "year": 2001, "value": 1,
               "unit": "PERCENT"},
              {"indicatorCode": "99.9.9", "year": 2001, "value": 1, "unit": "PERCENT"},
              {"indicatorCode": "%1$s", "seriesCode": "EN_ATM_PM25", "year": 2001, "value": 1, "unit": "PERCENT"},
              {"indicatorCode": "%1$s", "seriesCode": "EN_LND_SLUM", "year": "last", "value": "many"},
              {"indicatorCode": "%1$s", "seriesCode": "EN_LND_SLUM", "year": 2002, "value": 1, "unit": "PERCENT",
               "nature": "X"}
            ]}""".formatted(indicator, first.get("year"), first.get("value"));

        List<Map<String, Object>> errors = asAdmin().contentType("application/json").body(body)
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(422).contentType(PROBLEM).body("report.rejected", equalTo(6))
            .extract().jsonPath().getList("report.errors");
        assertThat(errors).extracting(e -> e.get("row") + ":" + e.get("field") + ":" + e.get("code")).contains(
            "2:indicatorCode:DUPLICATE_KEY", "3:countryCode:COUNTRY_MISMATCH", "4:indicatorCode:UNKNOWN_INDICATOR",
            "5:seriesCode:UNKNOWN_SERIES", "6:year:INVALID_VALUE", "6:value:INVALID_VALUE", "6:unit:MISSING_FIELD",
            "7:nature:INVALID_VALUE");
    }

    @Test
    void aJumpFromThePreviousYearIsAWarningNotAnError() {
        String indicator = slumIndicator();
        String body = """
            {"observations": [
              {"indicatorCode": "%1$s", "seriesCode": "EN_LND_SLUM", "year": 2015, "value": 10, "unit": "PERCENT"},
              {"indicatorCode": "%1$s", "seriesCode": "EN_LND_SLUM", "year": 2016, "value": 50, "unit": "PERCENT"}
            ]}""".formatted(indicator);
        asAdmin().contentType("application/json").body(body)
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200).body("recorded", equalTo(2))
            .body("warnings[0].row", equalTo(2)).body("warnings[0].code", equalTo("VALUE_JUMP"));
    }

    /** An indicator whose series are World Bank WDI codes, all counted in NUMBER, known to the replica. */
    private static String wdiLikeIndicator(List<String> series) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode event = CatalogueFixture.event("indicator.published.v1", code);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("unit", "NUMBER");
        data.putNull("minValue");
        var list = data.putArray("series");
        series.forEach(s -> list.addObject().put("code", s).put("unit", "NUMBER").put("description", s));
        CatalogueFixture.publish(event);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> CatalogueFixture.replicaKnows(code));
        return code;
    }

    /** An upload of 150 rows and the indicator, known to the replica, whose series they are. */
    private record WdiUpload(String indicator, String body) {
    }

    /**
     * 150 of Jordan's rows of the WDI extract under a fresh indicator: more than a request answers at once in
     * tests (100), fewer than an upload may carry (200), so the upload becomes a job.
     */
    private static WdiUpload jordanWdiUpload() {
        List<Map<String, String>> wdi = ReferenceData.rows("wdi_urban_development_9countries.csv").stream()
            .filter(r -> r.get("iso3").equals("JOR")).limit(150).toList();
        String indicator = wdiLikeIndicator(wdi.stream().map(r -> r.get("indicator_code").replace('.', '_'))
            .distinct().toList());
        String body = "indicator_code,series_code,year,value,unit\n" + wdi.stream()
            .map(r -> String.join(",", indicator, r.get("indicator_code").replace('.', '_'), r.get("year"),
                r.get("value"), "NUMBER")).collect(Collectors.joining("\n")) + "\n";
        return new WdiUpload(indicator, body);
    }

    @Test
    void aLargeUploadRunsAsAJobAndEndsWithTheSameReport() {
        WdiUpload upload = jordanWdiUpload();
        String indicator = upload.indicator();
        String body = upload.body();
        String key = UUID.randomUUID().toString();

        var accepted = asAdmin().contentType("text/csv").header("Idempotency-Key", key).body(body)
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(202).body("state", equalTo("QUEUED")).body("rows", equalTo(150)).extract();
        String location = accepted.header("Location");
        // Relative: an absolute one would repeat whatever Host header the client sent.
        assertThat(location).isEqualTo("/api/v1/countries/JOR/observations/jobs/" + accepted.path("id"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "SUCCEEDED".equals(
            asAdmin().get(location).then().statusCode(200).extract().path("state")));
        asAdmin().get(location).then().body("report.recorded", equalTo(150)).body("rowsDone", equalTo(150))
            .body("report.errors", hasSize(0));
        assertThat(storedRowsOf("JOR", indicator)).isEqualTo(150);

        // A retry returns the same job, and nothing is written twice.
        asAdmin().contentType("text/csv").header("Idempotency-Key", key).body(body)
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(202).body("id", equalTo(accepted.path("id"))).body("state", equalTo("SUCCEEDED"));

        // A job with a bad row ends FAILED, names the row, and writes nothing.
        String other = wdiLikeIndicator(List.of("SP_URB_TOTL"));
        String bad = body.replace(indicator + ",", other + ",");
        String failed = asAdmin().contentType("text/csv").body(bad)
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(202).extract().header("Location");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(
            asAdmin().get(failed).then().statusCode(200).extract().path("state")));
        asAdmin().get(failed).then().body("report.errors[0].code", equalTo("UNKNOWN_SERIES"));
        assertThat(storedRowsOf("JOR", other)).isZero();
        asAdmin().get("/api/v1/countries/JOR/observations/jobs/" + UUID.randomUUID()).then().statusCode(404)
            .contentType(PROBLEM);
    }

    @Test
    void aJobIsAllOrNothingAcrossItsChunks() throws Exception {
        WdiUpload upload = jordanWdiUpload();
        // As JSON, with a 151st row repeating the first's key: a job takes its rows 40 at a time in tests, so the
        // duplicate is found after three chunks were written, in the transaction that must then roll back.
        ArrayNode rows = JSON.createArrayNode();
        List<String> lines = upload.body().lines().skip(1).collect(Collectors.toList());
        lines.add(lines.get(0));
        for (String line : lines) {
            String[] cells = line.split(",");
            rows.addObject().put("indicatorCode", cells[0]).put("seriesCode", cells[1]).put("year", cells[2])
                .put("value", cells[3]).put("unit", cells[4]);
        }
        String body = JSON.writeValueAsString(JSON.createObjectNode().set("observations", rows));

        String location = asAdmin().contentType("application/json").body(body)
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(202).body("rows", equalTo(151)).extract().header("Location");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(
            asAdmin().get(location).then().statusCode(200).extract().path("state")));
        asAdmin().get(location).then().body("report.errors", hasSize(1)).body("report.errors[0].row", equalTo(151))
            .body("report.errors[0].code", equalTo("DUPLICATE_KEY")).body("report.rejected", equalTo(1))
            .body("rowsDone", equalTo(0));
        assertThat(storedRowsOf("JOR", upload.indicator())).isZero();

        // Without the duplicate, the same JSON upload runs through every chunk.
        rows.remove(150);
        String fixed = asAdmin().contentType("application/json")
            .body(JSON.writeValueAsString(JSON.createObjectNode().set("observations", rows)))
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(202).extract().header("Location");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "SUCCEEDED".equals(
            asAdmin().get(fixed).then().statusCode(200).extract().path("state")));
        asAdmin().get(fixed).then().body("report.recorded", equalTo(150)).body("rowsDone", equalTo(150));
        assertThat(storedRowsOf("JOR", upload.indicator())).isEqualTo(150);
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void aJobQueuedByAVersionThatStoredParsedRowsStillRuns() throws Exception {
        // What the version before V11 stored for a job: its rows parsed, as JSON, and no upload. A job queued just
        // before an upgrade is acknowledged; the new version must run it, not drop it.
        WdiUpload upload = jordanWdiUpload();
        List<BatchRow> rows = new ArrayList<>();
        upload.body().lines().skip(1).forEach(line -> {
            String[] c = line.split(",");
            rows.add(new BatchRow(rows.size() + 1, null, null, c[0], c[1], c[2], c[3], null, c[4], null, null, null,
                null, Map.of(), null));
        });
        String body = objectMapper.writeValueAsString(rows);
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("insert into ingestion_job (id, "
                + "country_code, state, rows, body, dry_run, request_hash, created_at) values (?1, 'JOR', 'QUEUED', "
                + "?2, ?3, false, 'before-v11', now())")
            .setParameter(1, id).setParameter(2, rows.size()).setParameter(3, body).executeUpdate());

        String location = "/api/v1/countries/JOR/observations/jobs/" + id;
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "SUCCEEDED".equals(
            asAdmin().get(location).then().statusCode(200).extract().path("state")));
        asAdmin().get(location).then().body("report.recorded", equalTo(150));
        assertThat(storedRowsOf("JOR", upload.indicator())).isEqualTo(150);
    }

    private static long storedRowsOf(String country, String indicator) {
        return asAdmin().queryParam("indicator", indicator).get("/api/v1/countries/" + country + "/observations")
            .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void malformedBodiesAndOversizedBatchesAreProblems() {
        asAdmin().contentType("application/json").body("{\"observations\": [{\"indicatorCode\": \"x\", \"admin\": true}]}")
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(400).contentType(PROBLEM);
        asAdmin().contentType("text/csv").body("indicator_code,colour\n11.6.2,red\n")
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(400).contentType(PROBLEM);
        String many = "indicator_code,year,value,unit\n" + "x,2001,1,PERCENT\n".repeat(201);
        asAdmin().contentType("text/csv").body(many)
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(413).contentType(PROBLEM).body("type", equalTo("urn:nua:problem:too-many-rows"));
        asAdmin().contentType("text/csv").body("indicator_code,year,value,unit\n")
            .when().post("/api/v1/countries/XYZ/observations/batches")
            .then().statusCode(404).contentType(PROBLEM);
    }

    /** Each body refused with the status and, as JSON, the detail or error code expected; none writes a row. */
    @Test
    void hostileBatchesAreRefusedCheaplyWithAProblemAndWriteNothing() {
        String indicator = slumIndicator();
        String header = "indicator_code,series_code,year,value,unit\n";
        String sdmx = "STRUCTURE,STRUCTURE_ID,ACTION,SERIES,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT\n"
            + "dataflow,UNSD:DF_SDG_GLH(1.0),I,EN_LND_SLUM,2016,1,PERCENT,";
        String row = "{\"indicatorCode\": \"" + indicator + "\", \"seriesCode\": \"EN_LND_SLUM\", \"unit\": "
            + "\"PERCENT\", ";
        record Hostile(String contentType, byte[] body, int status, String expected) {
            Hostile(String contentType, String body, int status, String expected) {
                this(contentType, body.getBytes(StandardCharsets.UTF_8), status, expected);
            }
        }
        // A source with an e acute as Latin-1 writes it, a byte UTF-8 has only inside a longer sequence.
        byte[] notUtf8 = (header.replace("unit", "unit,source") + indicator
            + ",EN_LND_SLUM,2016,1,PERCENT,Enqu\u00eate\n")
            .getBytes(StandardCharsets.ISO_8859_1);
        List<Hostile> hostile = List.of(
            // The value's exponent alone would take gigabytes to write out; validation bounds it first.
            new Hostile("text/csv", header + indicator + ",EN_LND_SLUM,2016,1e2147483647,PERCENT\n", 422,
                "INVALID_VALUE"),
            new Hostile("text/csv", header + indicator + ",EN_LND_SLUM,2016," + "9".repeat(200_000) + ",PERCENT\n",
                422, "INVALID_VALUE"),
            new Hostile("application/json", "{\"observations\": [" + row
                + "\"year\": 2016, \"value\": 1e2147483647}]}", 422, "INVALID_VALUE"),
            // A UNIT_MULT of a million made a number of a million digits: 15 s of CPU for one row.
            new Hostile("application/vnd.sdmx.data+csv", sdmx + "1000000\n", 422, "INVALID_VALUE"),
            new Hostile("application/vnd.sdmx.data+csv", sdmx + "2147483647\n", 422, "INVALID_VALUE"),
            new Hostile("application/vnd.sdmx.data+csv", sdmx + "abc\n", 422, "INVALID_VALUE"),
            new Hostile("text/csv", "indicator_code,series_code,year,value,value,unit\n" + indicator
                + ",EN_LND_SLUM,2016,1,2,PERCENT\n", 400, "The header contains a duplicate name"),
            new Hostile("text/csv", notUtf8, 400, "The body is not UTF-8 text"),
            new Hostile("application/json", "{\"observations\": [" + row + "\"year\": 2016, \"value\": 1, "
                + "\"value\": 2}]}", 400, "Duplicate field 'value'"),
            new Hostile("application/json", "{\"observations\": [{\"indicatorCode\": 11, \"year\": 2016, "
                + "\"value\": 1}]}", 400, "Row 1: indicatorCode must be a string."),
            new Hostile("application/json", "{\"observations\": [" + row + "\"year\": true, \"value\": 1}]}",
                400, "Row 1: year must be a number."));
        for (Hostile h : hostile) {
            var answer = asAdmin().contentType(h.contentType()).body(h.body())
                .when().post("/api/v1/countries/JOR/observations/batches")
                .then().statusCode(h.status()).contentType(PROBLEM).extract().asString();
            assertThat(answer).as(h.contentType() + " " + new String(h.body(), 0, Math.min(h.body().length, 200),
                StandardCharsets.ISO_8859_1)).contains(h.expected()).doesNotContain("Exception");
        }
        assertThat(storedRows(indicator)).isZero();
    }

    @Test
    void aKeyFirstUsedForADryRunIsNotTheAnswerToTheRealUpload() {
        // Both become jobs; the real one used to get the dry run's back.
        WdiUpload upload = jordanWdiUpload();
        String indicator = upload.indicator();
        String body = upload.body();
        String key = UUID.randomUUID().toString();
        String dryRun = asAdmin().contentType("text/csv").header("Idempotency-Key", key).queryParam("dryRun", true)
            .body(body).when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(202).extract().path("id");
        asAdmin().contentType("text/csv").header("Idempotency-Key", key).body(body)
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(422).contentType(PROBLEM)
            .body("type", equalTo("urn:nua:problem:idempotency-key-reused"));
        asAdmin().contentType("text/csv").header("Idempotency-Key", key).queryParam("dryRun", true).body(body)
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(202).body("id", equalTo(dryRun));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "SUCCEEDED".equals(asAdmin()
            .get("/api/v1/countries/JOR/observations/jobs/" + dryRun).then().extract().path("state")));
        assertThat(storedRowsOf("JOR", indicator)).isZero();
    }
}
