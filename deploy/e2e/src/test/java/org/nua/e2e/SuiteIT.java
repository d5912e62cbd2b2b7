package org.nua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.CloudEventDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.nua.client.ApiClient;
import org.nua.client.ApiException;
import org.nua.client.api.ApiKeysApi;
import org.nua.client.api.CountriesApi;
import org.nua.client.api.ObservationsApi;
import org.nua.client.api.ReportsApi;
import org.nua.client.model.ApiKeyRequest;
import org.nua.client.model.BatchReport;
import org.nua.client.model.Country;
import org.nua.client.model.IssuedApiKey;
import org.nua.client.model.ObservationBatch;
import org.nua.client.model.ObservationBatchRow;
import org.nua.client.model.Report;
import org.nua.client.model.ReportRequest;
import org.nua.client.model.ReportStatus;
import org.nua.client.model.ReportType;
import org.nua.testsupport.ReferenceData;

/**
 * The walking skeleton, end to end: the suite started by deploy/local/stack, driven only through the gateway
 * with the real data of deploy/data, as a new user would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteIT {

    private static final LocalStack STACK = new LocalStack();
    private static String adminToken;
    private static ContractProxy proxy;

    /**
     * The tests talk to the gateway through Prism, which validates every answer against the published document;
     * the last tests but one check it found nothing. Only calls made around it on purpose (to a service directly,
     * the hostile requests, the generated client) go elsewhere.
     */
    @BeforeAll
    static void startTheSuite() throws Exception {
        STACK.up();
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.config = RestAssured.config().jsonConfig(
            JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        JsonNode published = new ObjectMapper().readTree(STACK.root().resolve("docs/openapi.json").toFile());
        proxy = ContractProxy.start(STACK.root(), published, STACK.gatewayPort(),
            Path.of("target", "contract").toAbsolutePath());
        RestAssured.port = proxy.port();
        RestAssured.filters(proxy);
        adminToken = STACK.token("admin", "suite-admin");
    }

    /** Most of the suite acts as an admin; who may do what is checked by the access tests below. */
    private static RequestSpecification asAdmin() {
        return RestAssured.given().auth().oauth2(adminToken);
    }

    @AfterAll
    static void stopTheSuiteAndCheckNothingIsLeft() throws Exception {
        if (proxy != null) {
            proxy.stop();
        }
        List<Long> pids = STACK.pids();
        STACK.down();
        assertThat(pids).hasSize(5); // kafka and the four services; PostgreSQL was already running
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .as("process %d left behind by 'stack down'", pid).isFalse();
        }
    }

    @Test
    void theNineCountriesAreSeeded() {
        List<String> expected = ReferenceData.rows("country_reference_9countries.csv").stream()
            .map(r -> r.get("iso3")).sorted().toList();

        List<String> codes = asAdmin().when().get("/api/v1/countries")
            .then().statusCode(200).extract().jsonPath().getList("code", String.class);

        assertThat(codes).isEqualTo(expected);
    }

    /**
     * Only the gateway checks who is calling and limits what they may do, so only the gateway may be reached from
     * other machines: the services listen on loopback. The gateway, which listens everywhere, shows that this
     * machine's other addresses are reachable at all.
     */
    @Test
    void onlyTheGatewayListensBeyondThisMachine() throws Exception {
        List<InetAddress> outward = NetworkInterface.networkInterfaces().filter(SuiteIT::isUp)
            .flatMap(NetworkInterface::inetAddresses)
            .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()).toList();
        assertThat(outward).as("an IPv4 address other machines reach this one at").isNotEmpty();
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        for (InetAddress address : outward) {
            assertThat(accepts(address, STACK.gatewayPort())).as("the gateway at %s", address).isTrue();
            for (String service : List.of("indicator-service", "country-service", "report-service")) {
                assertThat(accepts(address, STACK.port(service))).as("%s at %s", service, address).isFalse();
                assertThat(accepts(loopback, STACK.port(service))).as("%s at %s", service, loopback).isTrue();
            }
        }
    }

    private static boolean isUp(NetworkInterface nic) {
        try {
            return nic.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The slice across every service: catalogue, event, replica, observation, event, read model, comparison. */
    @Test
    void observationsPostedForEachCountryAppearExactlyInTheComparison() {
        Map<String, String> reference = ReferenceData.row("sdg11_indicators_reference.csv",
            r -> r.get("indicator").equals("11.6.2"));
        List<Map<String, String>> pm25 = ReferenceData.rows("unsd_sdg11_series_9countries.csv").stream()
            .filter(r -> r.get("series_code").equals("EN_ATM_PM25") && r.get("entity_type").equals("country")
                && r.get("location").equals("allarea"))
            .toList();
        assertThat(pm25).hasSize(9);

        // 11.6.2 is in the catalogue seeded from deploy/data; country-service learns it from indicator.events.
        asAdmin().when().get("/api/v1/indicators/11.6.2")
            .then().statusCode(200).body("unit", equalTo(pm25.get(0).get("units")))
            .body("desiredDirection", equalTo("DECREASE"));

        // The first observation waits until country-service's replica has the new indicator.
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
            .until(() -> post(pm25.get(0)) / 100 == 2);
        for (Map<String, String> row : pm25.subList(1, pm25.size())) {
            assertThat(post(row)).isIn(200, 201); // 200 when the Jordan export test recorded it first
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
            .until(() -> comparison().getList("countries.value").stream().noneMatch(v -> v == null));

        List<Map<String, String>> best = pm25.stream()
            .sorted(Comparator.comparing((Map<String, String> r) -> new BigDecimal(r.get("value")))).toList();
        JsonPath body = comparison();
        assertThat(body.getString("indicator.name")).isEqualTo(reference.get("indicator_title_en"));
        for (int i = 0; i < best.size(); i++) {
            assertThat(body.getString("countries[" + i + "].countryCode")).isEqualTo(best.get(i).get("iso3"));
            assertThat(body.getInt("countries[" + i + "].rank")).isEqualTo(i + 1);
            assertThat(body.getInt("countries[" + i + "].year")).isEqualTo(2016);
            assertThat(new BigDecimal(body.getString("countries[" + i + "].value")))
                .isEqualByComparingTo(best.get(i).get("value"));
        }

        // One more revision, Jordan's urban-area value, timed from the POST to its appearance in the comparison.
        Map<String, String> jordanUrban = ReferenceData.row("unsd_sdg11_series_9countries.csv",
            r -> r.get("series_code").equals("EN_ATM_PM25") && r.get("iso3").equals("JOR")
                && r.get("location").equals("urban"));
        long posted = System.nanoTime();
        assertThat(post(jordanUrban)).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
            .until(() -> new BigDecimal(comparison().getString("countries.find { it.countryCode == 'JOR' }.value"))
                .compareTo(new BigDecimal(jordanUrban.get("value"))) == 0);
        long visibleAfterMs = (System.nanoTime() - posted) / 1_000_000;
        System.out.printf("Jordan's revision was visible in the comparison %d ms after it was posted%n", visibleAfterMs);
        assertThat(visibleAfterMs).as("from POST to comparison").isLessThan(2_000);
    }

    /** The issue's test as a partner would run it: Jordan's UN SDG database export, as it is, in one request. */
    @Test
    void jordansUnDatabaseExportLoadsInOneRequestAndItsRetryChangesNothing() throws Exception {
        List<Map<String, String>> all = ReferenceData.rows("unsd_sdg11_series_9countries.csv");
        List<String> header = List.copyOf(all.get(0).keySet());
        StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
        List<Map<String, String>> jordan = all.stream().filter(r -> r.get("iso3").equals("JOR")).toList();
        try (var printer = new org.apache.commons.csv.CSVPrinter(csv, org.apache.commons.csv.CSVFormat.RFC4180)) {
            for (Map<String, String> row : jordan) {
                printer.printRecord(header.stream().map(row::get).toList());
            }
        }
        String key = "jordan-unsd-" + java.util.UUID.randomUUID();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
            .until(() -> asAdmin().contentType("text/csv").queryParam("dryRun", true).body(csv.toString())
                .post("/api/v1/countries/JOR/observations/batches").then().extract().statusCode() == 200);
        JsonPath first = asAdmin().contentType("text/csv").header("Idempotency-Key", key).body(csv.toString())
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200).body("rows", equalTo(jordan.size())).body("rejected", equalTo(0))
            .extract().jsonPath();
        assertThat(first.getInt("recorded") + first.getInt("revised") + first.getInt("unchanged"))
            .isEqualTo(jordan.size());
        // The 2020 extract files VC_DSR_BSDN under 11.5.2; the catalogue (UN API 2022.Q1) under 11.5.3: a warning.
        assertThat(first.getList("warnings.code", String.class)).contains("SERIES_REASSIGNED");
        String again = asAdmin().contentType("text/csv").header("Idempotency-Key", key).body(csv.toString())
            .when().post("/api/v1/countries/JOR/observations/batches").then().statusCode(200).extract().asString();
        assertThat(JsonPath.from(again).getInt("recorded")).isEqualTo(first.getInt("recorded"));
        asAdmin().queryParam("indicator", "11.1.1").queryParam("disaggregation", "TOTAL")
            .when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("total", equalTo((int) jordan.stream()
                .filter(r -> r.get("series_code").equals("EN_LND_SLUM")).count()));
    }

    private static int post(Map<String, String> row) {
        Map<String, Object> body = new HashMap<>();
        body.put("indicatorCode", "11.6.2");
        body.put("seriesCode", row.get("series_code"));
        body.put("year", Integer.parseInt(row.get("year")));
        body.put("value", new BigDecimal(row.get("value")));
        body.put("unit", row.get("units"));
        body.put("nature", row.get("nature").toUpperCase());
        body.put("source", "UN SDG Global Database, October 2020 extract");
        return asAdmin().contentType("application/json").body(body)
            .when().post("/api/v1/countries/" + row.get("iso3") + "/observations")
            .then().extract().statusCode();
    }

    private static JsonPath comparison() {
        return asAdmin().queryParam("indicator", "11.6.2").queryParam("year", 2016).header("Accept-Language", "en")
            .when().get("/api/v1/comparisons")
            .then().statusCode(200).extract().jsonPath();
    }

    /** The catalogue, browsed and edited through the gateway, and the edit reaching country-service. */
    @Test
    void theCatalogueIsBrowsableInArabicAndSpanishSearchableAndEditableWithIfMatch() throws Exception {
        List<Map<String, String>> reference = ReferenceData.rows("sdg11_indicators_reference.csv");
        for (String language : List.of("ar", "es")) {
            JsonPath page = asAdmin().header("Accept-Language", language)
                .queryParam("framework", "SDG").queryParam("goal", "11").queryParam("size", 100)
                .when().get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items.code", String.class))
                .containsExactlyElementsOf(reference.stream().map(r -> r.get("indicator")).toList());
            String column = "indicator_title_" + language;
            Map<String, String> slums = reference.get(0);
            assertThat(page.getString("items[0].name")).isEqualTo(slums.get(column).replace('\n', ' ').trim());
        }

        String arabicTitle = reference.stream().filter(r -> r.get("indicator").equals("11.6.2")).findFirst()
            .orElseThrow().get("indicator_title_ar");
        String word = List.of(arabicTitle.split("\\s+")).stream().filter(w -> w.length() > 6).findFirst()
            .orElseThrow();
        assertThat(asAdmin().queryParam("q", word).get("/api/v1/indicators").then().statusCode(200)
            .extract().jsonPath().getList("items.code", String.class)).contains("11.6.2");

        io.restassured.response.Response read = asAdmin().get("/api/v1/indicators/11.3.1");
        String etag = read.then().statusCode(200).extract().header("ETag");
        Map<String, Object> edited = new HashMap<>(read.jsonPath().getMap("$"));
        for (String readOnly : List.of("code", "name", "language", "nameSource", "status", "version", "createdAt",
            "updatedAt")) {
            edited.remove(readOnly);
        }
        edited.put("priorities", List.of("PLANNING"));
        asAdmin().contentType("application/json").header("If-Match", etag).body(edited)
            .when().put("/api/v1/indicators/11.3.1")
            .then().statusCode(200).body("version", equalTo(1)).body("priorities", equalTo(List.of("PLANNING")));
        asAdmin().contentType("application/json").header("If-Match", etag).body(edited)
            .when().put("/api/v1/indicators/11.3.1")
            .then().statusCode(412).contentType("application/problem+json");

        Path countryLog = STACK.log("country-service");
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
            .until(() -> Files.readString(countryLog).contains("Catalogue replica: 11.3.1 is now at version 1"));
    }

    /** Jordan's slum share, posted as a partner would, assessed by both progress methods against the catalogue. */
    @Test
    void progressTowards2030IsAssessedByEachMethodWithItsParameters() {
        List<Map<String, String>> jordan = ReferenceData.rows("unsd_sdg11_series_9countries.csv").stream()
            .filter(r -> r.get("series_code").equals("EN_LND_SLUM") && r.get("iso3").equals("JOR")).toList();
        assertThat(jordan).hasSizeGreaterThan(1);
        for (Map<String, String> row : jordan) {
            postObservation(row, "11.1.1");
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
            .until(() -> asAdmin().queryParam("indicator", "11.1.1").queryParam("country", "JOR")
                .get("/api/v1/progress").then().extract().jsonPath().getList("countries[0].values").size()
                == jordan.size());

        JsonPath progress = asAdmin().header("Accept-Language", "ar")
            .queryParam("indicator", "11.1.1").queryParam("country", "JOR")
            .when().get("/api/v1/progress").then().statusCode(200).extract().jsonPath();
        assertThat(progress.getString("indicator.desiredDirection")).isEqualTo("DECREASE");
        assertThat(progress.getBoolean("indicator.targetIsConvention")).isTrue();
        assertThat(progress.getList("countries[0].assessments.method", String.class))
            .containsExactly("UNSD_PROGRESS_CHART", "OPEN_SDG_STATCAN");
        assertThat(progress.getList("countries[0].assessments.methodVersion", String.class))
            .containsExactly("2023", "Open SDG 2.4");
        assertThat(progress.getList("countries[0].assessments.parameters.latestYear", Integer.class))
            .containsOnly(jordan.stream().mapToInt(r -> Integer.parseInt(r.get("year"))).max().orElseThrow());
    }

    /**
     * The report issue's test as a programme officer would run it: the slum share (11.1.1) and PM2.5 (11.6.2) of
     * the nine countries compared for the latest year, each country's progress with its method, and Jordan's
     * profile in Arabic and English as HTML, PDF and CSV, whose every value is the value ingested.
     */
    @Test
    void jordansProfileInArabicAndEnglishCarriesExactlyTheIngestedNumbers() throws Exception {
        List<Map<String, String>> slums = ReferenceData.rows("unsd_sdg11_series_9countries.csv").stream()
            .filter(r -> r.get("series_code").equals("EN_LND_SLUM") && r.get("entity_type").equals("country"))
            .toList();
        List<Map<String, String>> pm25 = ReferenceData.rows("unsd_sdg11_series_9countries.csv").stream()
            .filter(r -> r.get("series_code").equals("EN_ATM_PM25") && r.get("entity_type").equals("country")
                && r.get("location").equals("allarea"))
            .toList();
        for (Map<String, String> row : slums) {
            postObservation(row, "11.1.1");
        }
        for (Map<String, String> row : pm25) {
            postObservation(row, "11.6.2");
        }
        // The latest year of each country, computed straight from the file, is what the comparison shows.
        Map<String, Map<String, String>> latestSlums = new HashMap<>();
        slums.forEach(r -> latestSlums.merge(r.get("iso3"), r,
            (a, b) -> Integer.parseInt(a.get("year")) >= Integer.parseInt(b.get("year")) ? a : b));
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
            latestSlums.values().stream().allMatch(r -> {
                String value = RestAssured.given().queryParam("indicator", "11.1.1").get("/api/v1/comparisons")
                    .then().extract().jsonPath()
                    .getString("countries.find { it.countryCode == '" + r.get("iso3") + "' }.value");
                return value != null && new BigDecimal(value).compareTo(new BigDecimal(r.get("value"))) == 0;
            }));
        JsonPath slumComparison = RestAssured.given().queryParam("indicator", "11.1.1").get("/api/v1/comparisons")
            .then().statusCode(200).extract().jsonPath();
        latestSlums.values().forEach(r -> assertThat(slumComparison.getInt(
            "countries.find { it.countryCode == '" + r.get("iso3") + "' }.year")).isEqualTo(Integer.parseInt(r.get("year"))));
        JsonPath pmComparison = RestAssured.given().queryParam("indicator", "11.6.2").get("/api/v1/comparisons")
            .then().statusCode(200).extract().jsonPath();
        assertThat(pmComparison.getList("countries.findAll { it.value != null }")).hasSize(9);

        // Every country with slum data is assessed by both methods, each result naming its method and version.
        JsonPath progress = RestAssured.given().queryParam("indicator", "11.1.1").get("/api/v1/progress")
            .then().statusCode(200).extract().jsonPath();
        for (String country : latestSlums.keySet()) {
            assertThat(progress.getList("countries.find { it.countryCode == '" + country + "' }.assessments.method",
                String.class)).as(country).containsExactly("UNSD_PROGRESS_CHART", "OPEN_SDG_STATCAN");
        }

        Map<String, String> jordanPm = pm25.stream().filter(r -> r.get("iso3").equals("JOR")).findFirst().orElseThrow();
        String analyst = STACK.token("analyst", "suite-analyst");
        // A report is read as of the instant it is asked for: first let the read model take in every event.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
            new BigDecimal(RestAssured.given().queryParam("indicator", "11.6.2").get("/api/v1/comparisons").then()
                .extract().jsonPath().getString("countries.find { it.countryCode == 'JOR' }.value"))
                .compareTo(new BigDecimal(jordanPm.get("value"))) == 0
            && RestAssured.given().auth().oauth2(analyst).get("/api/v1/read-model").then().statusCode(200)
                .extract().jsonPath().getBoolean("upToDate"));
        Map<String, String> reports = new HashMap<>();
        for (String language : List.of("ar", "en")) {
            String location = RestAssured.given().auth().oauth2(analyst).contentType("application/json")
                .body("{\"type\":\"COUNTRY_PROFILE\",\"country\":\"JOR\",\"language\":\"" + language + "\"}")
                .post("/api/v1/reports").then().statusCode(202).extract().header("Location");
            reports.put(language, location);
        }
        for (String location : reports.values()) {
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
                JsonPath report = RestAssured.given().auth().oauth2(analyst).get(location).then().statusCode(200)
                    .extract().jsonPath();
                assertThat(report.getString("status")).as("report %s: %s", location, report.getString("error"))
                    .isNotEqualTo("FAILED");
                return report.getString("status").equals("DONE");
            });
        }

        // Every observation in the annex is the one country-service holds for Jordan: the ingested value.
        String annex = RestAssured.given().auth().oauth2(analyst).get(reports.get("ar") + "/csv")
            .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<org.apache.commons.csv.CSVRecord> figures = org.apache.commons.csv.CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(annex)).getRecords();
        List<org.apache.commons.csv.CSVRecord> observations = figures.stream()
            .filter(f -> f.get("figure").equals("OBSERVATION")).toList();
        assertThat(observations).isNotEmpty();
        for (var figure : observations) {
            JsonPath ingested = RestAssured.given().queryParam("indicator", figure.get("indicator"))
                .queryParam("series", figure.get("series")).queryParam("from", figure.get("year"))
                .queryParam("to", figure.get("year")).queryParam("disaggregation", "TOTAL")
                .queryParam("city", "NONE").get("/api/v1/countries/JOR/observations")
                .then().statusCode(200).extract().jsonPath();
            assertThat(new BigDecimal(ingested.getString("items[0].value"))).as(figure.toString())
                .isEqualByComparingTo(figure.get("value"));
        }
        // Jordan's slum share, value by value, as in the file.
        slums.stream().filter(r -> r.get("iso3").equals("JOR")).forEach(r -> assertThat(observations.stream()
            .filter(f -> f.get("indicator").equals("11.1.1") && f.get("year").equals(r.get("year")))
            .map(f -> new BigDecimal(f.get("value"))).findFirst().orElseThrow())
            .isEqualByComparingTo(r.get("value")));
        // Every progress score is the one /api/v1/progress gives for the same values.
        JsonPath jordanProgress = RestAssured.given().queryParam("indicator", "11.1.1").queryParam("country", "JOR")
            .get("/api/v1/progress").then().statusCode(200).extract().jsonPath();
        figures.stream().filter(f -> f.get("figure").equals("PROGRESS_SCORE") && f.get("indicator").equals("11.1.1"))
            .forEach(f -> assertThat(new BigDecimal(f.get("value")).doubleValue()).isCloseTo(jordanProgress.getDouble(
                "countries[0].assessments.find { it.method == '" + f.get("method") + "' }.score"),
                org.assertj.core.api.Assertions.within(1e-9)));

        // Opened as a reader would: the Arabic HTML right to left, the PDFs with their text.
        String jordanArabic = ReferenceData.row("country_names_cldr_jdk17.csv", r -> r.get("iso3").equals("JOR"))
            .get("name_ar");
        assertThat(RestAssured.given().auth().oauth2(analyst).get(reports.get("ar") + "/html").then().statusCode(200)
            .extract().asString()).contains("<html lang=\"ar\" dir=\"rtl\">", jordanArabic);
        // Straight from the gateway: Prism reads a body as text to check it, and passes binary ones on mangled.
        byte[] englishPdf = RestAssured.given().port(STACK.gatewayPort()).auth().oauth2(analyst)
            .get(reports.get("en") + "/pdf").then().statusCode(200).contentType("application/pdf").extract()
            .asByteArray();
        String listedSha256 = RestAssured.given().auth().oauth2(analyst).get(reports.get("en")).then()
            .statusCode(200).extract().path("artifacts.find { it.format == 'pdf' }.sha256");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(englishPdf)))
            .as("the PDF's bytes, as its artifact lists them").isEqualTo(listedSha256);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(englishPdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                .contains("SDG 11 country profile", "Jordan", "Target 11.1", "Target 11.6");
        }
        // Through Prism for its status and headers only; the bytes are read from the gateway.
        RestAssured.given().auth().oauth2(analyst).get(reports.get("ar") + "/pdf").then().statusCode(200)
            .contentType("application/pdf");
        byte[] arabicPdf = RestAssured.given().port(STACK.gatewayPort()).auth().oauth2(analyst)
            .get(reports.get("ar") + "/pdf").then().statusCode(200).extract().asByteArray();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(arabicPdf)) {
            String text = java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf),
                java.text.Normalizer.Form.NFKC);
            assertThat(text.contains(jordanArabic) || text.contains(new StringBuilder(jordanArabic).reverse()))
                .as("Jordan's Arabic name in the Arabic PDF").isTrue();
        }
    }

    /** Posts one row of the UN extract as Jordan's (or any country's) national value; repeats change nothing. */
    private static void postObservation(Map<String, String> row, String indicator) {
        Map<String, Object> body = new HashMap<>();
        body.put("indicatorCode", indicator);
        body.put("seriesCode", row.get("series_code"));
        body.put("year", Integer.parseInt(row.get("year")));
        body.put("value", new BigDecimal(row.get("value")));
        body.put("unit", row.get("units"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
            .until(() -> asAdmin().contentType("application/json").body(body)
                .post("/api/v1/countries/" + row.get("iso3") + "/observations").then().extract().statusCode() / 100 == 2);
    }

    @Test
    void errorsThroughTheGatewayAreProblems() {
        asAdmin().when().get("/api/v1/indicators/99.9.9")
            .then().statusCode(404).contentType("application/problem+json")
            .body("type", equalTo("urn:nua:problem:indicator-not-found"));
        // Straight to the gateway: Prism reads a JSON body to check it and never answers one it cannot parse.
        asAdmin().port(STACK.gatewayPort()).contentType("application/json").body("{\"indicatorCode\": 7")
            .when().post("/api/v1/countries/JOR/observations")
            .then().statusCode(400).contentType("application/problem+json");
        asAdmin().when().get("/api/v1/elsewhere")
            .then().statusCode(404).contentType("application/problem+json");
    }

    /**
     * The topics as the services declared them on a real broker, with the settings they set, saved for
     * deploy/kubernetes/check: every one must have a Strimzi KafkaTopic with the same partitions and settings.
     */
    @Test
    void theServicesDeclareTheirTopicsWithTheirSettings() throws Exception {
        Set<String> owned = Set.of("indicator.events", "country.events", "observation.events", "report.jobs",
            "report.events");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                STACK.kafkaBootstrapServers()))) {
            Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> admin.listTopics().names().get().containsAll(owned));
            Set<String> names = new TreeSet<>(admin.listTopics().names().get());
            names.removeIf(name -> name.endsWith(".dlq"));
            Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get();
            Map<ConfigResource, Config> configs = admin.describeConfigs(names.stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList()).all().get();
            ObjectMapper json = new ObjectMapper();
            ObjectNode topics = json.createObjectNode();
            for (String name : names) {
                ObjectNode topic = topics.putObject(name);
                topic.put("partitions", described.get(name).partitions().size());
                ObjectNode set = topic.putObject("config");
                configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name)).entries().stream()
                    .filter(entry -> entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG)
                    .forEach(entry -> set.put(entry.name(), entry.value()));
            }
            assertThat(topics.get("observation.events").get("config").get("retention.ms").asText()).isEqualTo("-1");
            Files.writeString(Path.of("target", "topics.json"), json.writerWithDefaultPrettyPrinter()
                .writeValueAsString(topics) + "\n");
        }
    }

    @Test
    void theMergedOpenApiDocumentAndSwaggerUiDescribeEveryService() throws Exception {
        String document = asAdmin().when().get("/openapi")
            .then().statusCode(200)
            .body("openapi", startsWith("3."))
            .body("paths.keySet()", hasItems("/api/v1/indicators", "/api/v1/indicators/{code}", "/api/v1/countries",
                "/api/v1/countries/{code}/observations", "/api/v1/comparisons", "/api/v1/frameworks",
                "/api/v1/indicators/{code}/versions", "/api/v1/api-keys"))
            .extract().asString();
        // Kept for deploy/openapi/lint, which .ci/run runs on it after the tests.
        Files.writeString(Path.of("target", "openapi.json"), document);
        asAdmin().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void suiteHealthIsUpForEveryService() throws Exception {
        asAdmin().when().get("/q/health/group/suite")
            .then().statusCode(200)
            .body("status", equalTo("UP"))
            .body("checks.name", hasItems("indicator-service", "country-service", "report-service"));
        Path gatewayLog = STACK.log("gateway");
        assertThat(Files.readString(gatewayLog)).contains("Routing /api/v1/indicators/** to indicator-service");
    }

    /** A country's 2016 national PM2.5 value as a CSV batch row, from the UN SDG database extract. */
    private static String pm25Row(String iso3) {
        Map<String, String> row = ReferenceData.row("unsd_sdg11_series_9countries.csv",
            r -> r.get("series_code").equals("EN_ATM_PM25") && r.get("iso3").equals(iso3)
                && r.get("location").equals("allarea") && r.get("year").equals("2016"));
        return "11.6.2,EN_ATM_PM25,2016," + row.get("value") + "," + row.get("units") + "\n";
    }

    private static String pm25Csv(String iso3) {
        return "indicator_code,series_code,year,value,unit\n" + pm25Row(iso3);
    }

    /** Registers a country's statistics office (409 when an earlier test did) and issues a partner key for it. */
    private static String partnerKey(String iso3, String agency, String name) {
        asAdmin().contentType("application/json")
            .body(Map.of("code", agency, "name", name, "kind", "NATIONAL_STATISTICS_OFFICE"))
            .when().post("/api/v1/countries/" + iso3 + "/agencies").then().statusCode(anyOf(equalTo(201), equalTo(409)));
        return asAdmin().contentType("application/json")
            .body(Map.of("label", name + " uploads", "country", iso3, "agency", agency, "roles", List.of("partner")))
            .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
    }

    @Test
    void anAdminIssuesAKeyForJordansStatisticsOfficeThatWritesJordanAndNeverMorocco() {
        String key = partnerKey("JOR", "DOS", "Department of Statistics");
        int moroccoBefore = asAdmin().queryParam("indicator", "11.6.2").when().get("/api/v1/countries/MAR/observations")
            .then().statusCode(200).extract().path("total");

        RestAssured.given().header("X-API-Key", key).contentType("text/csv").body(pm25Csv("JOR"))
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200).body("rejected", equalTo(0));
        RestAssured.given().header("X-API-Key", key).contentType("text/csv").body(pm25Csv("MAR"))
            .when().post("/api/v1/countries/MAR/observations/batches")
            .then().statusCode(403).contentType("application/problem+json")
            .body("type", equalTo("urn:nua:problem:forbidden"));
        // Morocco's row inside Jordan's batch: refused whole, nothing written.
        RestAssured.given().header("X-API-Key", key).contentType("text/csv")
            .body("country_code,indicator_code,series_code,year,value,unit\nJOR," + pm25Row("JOR") + "MAR,"
                + pm25Row("MAR"))
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(422).contentType("application/problem+json");
        RestAssured.given().contentType("text/csv").body(pm25Csv("JOR"))
            .when().post("/api/v1/countries/JOR/observations/batches").then().statusCode(401);
        asAdmin().queryParam("indicator", "11.6.2").when().get("/api/v1/countries/MAR/observations")
            .then().statusCode(200).body("total", equalTo(moroccoBefore));

        // Around the gateway, straight to country-service: neither the key nor no credential may write.
        String direct = "http://127.0.0.1:" + STACK.port("country-service") + "/api/v1/countries/JOR/observations/batches";
        RestAssured.given().header("X-API-Key", key).contentType("text/csv").body(pm25Csv("JOR"))
            .when().post(direct).then().statusCode(401);
        RestAssured.given().contentType("text/csv").body(pm25Csv("JOR")).when().post(direct).then().statusCode(401);
    }

    @Test
    void aBurstOverTheLimitGets429WithRetryAfter() {
        String key = asAdmin().contentType("application/json")
            .body(Map.of("label", "Burst test", "roles", List.of("analyst")))
            .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
        io.restassured.response.Response last = null;
        int answered = 0;
        while (answered < 1_000) {
            last = RestAssured.given().header("X-API-Key", key).when().get("/api/v1/units");
            if (last.statusCode() != 200) {
                break;
            }
            answered++;
        }
        // 600 at once (NUA_RATE_LIMIT_AUTHENTICATED in LocalStack), plus what refilled while they were answered
        assertThat(answered).isBetween(600, 999);
        last.then().statusCode(429).contentType("application/problem+json")
            .header("Retry-After", matchesPattern("[1-9][0-9]*"))
            .header("RateLimit-Policy", equalTo("\"client\";q=600;w=60"));
    }

    @Test
    void aStoppedReportServiceIsAFast503ProblemWhileTheRestGoOn() throws Exception {
        STACK.stop("report-service");
        try {
            long started = System.nanoTime();
            asAdmin().queryParam("indicator", "11.6.2").when().get("/api/v1/comparisons")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:nua:problem:service-unavailable"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            asAdmin().when().get("/api/v1/countries/JOR").then().statusCode(200);
        } finally {
            STACK.restart();
        }
        asAdmin().queryParam("indicator", "11.6.2").when().get("/api/v1/comparisons").then().statusCode(200);
    }

    @Test
    void everyOperationOfTheOpenApiDocumentAnswersEachRoleAsItsRuleSays() throws Exception {
        String jordan = partnerKey("JOR", "DOS", "Department of Statistics");
        String morocco = partnerKey("MAR", "HCP", "Haut-Commissariat au Plan");
        String analyst = STACK.token("analyst", "matrix-analyst");
        List<AccessMatrix.Caller> callers = List.of(
            new AccessMatrix.Caller("anonymous", null, null, r -> r),
            new AccessMatrix.Caller("Jordan's partner", "partner", "JOR", r -> r.header("X-API-Key", jordan)),
            new AccessMatrix.Caller("Morocco's partner", "partner", "MAR", r -> r.header("X-API-Key", morocco)),
            new AccessMatrix.Caller("analyst", "analyst", null, r -> r.auth().oauth2(analyst)),
            new AccessMatrix.Caller("admin", "admin", null, r -> r.auth().oauth2(adminToken)));
        JsonPath document = asAdmin().when().get("/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(document.getMap("components.securitySchemes").keySet()).containsExactlyInAnyOrder("apiKey",
            "bearerToken");
        AccessMatrix.assertNoFailures(new AccessMatrix().check(document, callers, "JOR"));
    }

    @Test
    void aClientGeneratedFromThePublishedDocumentWorksAndTheDocumentIsStillThePublishedOne() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode live = json.readTree(asAdmin().when().get("/openapi").then().statusCode(200).extract().asString());
        JsonNode published = json.readTree(STACK.root().resolve("docs/openapi.json").toFile());
        assertThat(live).as("The API description changed. If that is meant, review deploy/e2e/target/openapi.json "
            + "and copy it to docs/openapi.json, which clients are generated from").isEqualTo(published);

        // org.nua.client is generated by OpenAPI Generator (java, native) from docs/openapi.json at build time.
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + STACK.gatewayPort());
        assertThat(new CountriesApi(client).listCountries()).extracting(Country::getCode)
            .containsExactlyInAnyOrderElementsOf(ReferenceData.rows("country_reference_9countries.csv").stream()
                .map(r -> r.get("iso3")).toList());

        partnerKey("JOR", "DOS", "Department of Statistics"); // registers the agency
        IssuedApiKey issued = new ApiKeysApi(client).issueApiKey(new ApiKeyRequest().label("Generated client")
            .country("JOR").agency("DOS").roles(Set.of("partner")), Map.of("Authorization", "Bearer " + adminToken));
        Map<String, String> key = Map.of("X-API-Key", issued.getKey());

        Map<String, String> row = ReferenceData.row("unsd_sdg11_series_9countries.csv",
            r -> r.get("series_code").equals("EN_ATM_PM25") && r.get("iso3").equals("JOR")
                && r.get("location").equals("allarea") && r.get("year").equals("2016"));
        ObservationBatch batch = new ObservationBatch().observations(List.of(new ObservationBatchRow()
            .indicatorCode("11.6.2").seriesCode("EN_ATM_PM25").year(2016).value(new BigDecimal(row.get("value")))
            .unit(row.get("units"))));
        ObservationsApi observations = new ObservationsApi(client);
        BatchReport report = observations.submitObservationBatch("JOR", batch, null, true, null, key);
        assertThat(report.getRows()).isEqualTo(1);
        assertThat(report.getRejected()).isZero();
        assertThatThrownBy(() -> observations.submitObservationBatch("MAR", batch, null, true, null, key))
            .isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.getCode()).isEqualTo(403);
                assertThat(e.getResponseBody()).contains("urn:nua:problem:forbidden");
            });

        // The same row as a CSV file. The client types the body by the operation's first media type (JSON), so a
        // CSV goes through the request interceptor the generated client offers; the rest is the client's own.
        ApiClient csvClient = new ApiClient();
        csvClient.updateBaseUri("http://127.0.0.1:" + STACK.gatewayPort());
        csvClient.setRequestInterceptor(request -> request.setHeader("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(pm25Csv("JOR"))));
        BatchReport fromCsv = new ObservationsApi(csvClient).submitObservationBatch("JOR",
            new ObservationBatch().observations(List.of()), null, true, null, key);
        assertThat(fromCsv.getRows()).isEqualTo(1);
        assertThat(fromCsv.getRejected()).isZero();

        // A country profile: its PDF as bytes that hash to what the report lists, and its CSV annex read.
        Map<String, String> admin = Map.of("Authorization", "Bearer " + adminToken);
        ReportsApi reports = new ReportsApi(client);
        Report profile = reports.requestReport(new ReportRequest().type(ReportType.COUNTRY_PROFILE).country("JOR")
            .language(ReportRequest.LanguageEnum.EN), admin);
        UUID id = UUID.fromString(profile.getId());
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
            .until(() -> reports.getReport(id, admin).getStatus() == ReportStatus.DONE);
        String listed = reports.getReport(id, admin).getArtifacts().stream().filter(a -> a.getFormat().equals("pdf"))
            .findFirst().orElseThrow().getSha256();
        File pdf = reports.downloadReport("pdf", id, admin);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(
            pdf.toPath())))).isEqualTo(listed);
        assertThat(Files.readString(reports.downloadReport("csv", id, admin).toPath()))
            .startsWith("report_id,as_of,figure,country,indicator").contains(",JOR,");
    }

    /**
     * The TypeScript client OpenAPI Generator (typescript-fetch) makes from the published document, unmodified and
     * run with Node (deploy/e2e/ts): the countries, a partner key, a CSV upload, a CSV read and a PDF whose bytes
     * hash to the SHA-256 its report lists. Straight to the gateway, as the PDF's bytes cannot pass through Prism.
     */
    @Test
    void aTypeScriptClientGeneratedFromThePublishedDocumentRunsTheMainScenario() throws Exception {
        partnerKey("JOR", "DOS", "Department of Statistics"); // registers the agency the key is for
        Path csv = Path.of("target", "ts-scenario.csv").toAbsolutePath();
        Files.writeString(csv, pm25Csv("JOR"));
        JsonNode seen = summaryOf("deploy/e2e/ts/run", "http://127.0.0.1:" + STACK.gatewayPort(), adminToken,
            csv.toString());

        List<String> countries = new ArrayList<>();
        seen.path("countries").forEach(code -> countries.add(code.asText()));
        assertThat(countries).containsExactlyInAnyOrderElementsOf(ReferenceData.rows(
            "country_reference_9countries.csv").stream().map(r -> r.get("iso3")).toList());
        assertThat(seen.at("/batch/rows").asInt()).isEqualTo(1);
        assertThat(seen.at("/batch/rejected").asInt()).isZero();
        assertThat(seen.path("comparisonCsv").asText()).contains("rank,country_code", "JOR");
        assertThat(seen.at("/pdf/bytes").asInt()).isPositive();
        assertThat(seen.at("/pdf/sha256").asText()).isEqualTo(seen.at("/pdf/listedSha256").asText());
    }

    @Test
    void theReadModelRebuiltFromItsTopicsAnswersExactlyAsBefore() throws Exception {
        partnerKey("JOR", "DOS", "Department of Statistics");
        asAdmin().contentType("text/csv").body(pm25Csv("JOR"))
            .when().post("/api/v1/countries/JOR/observations/batches").then().statusCode(200);
        String analyst = STACK.token("analyst", "rebuild-check");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
            RestAssured.given().auth().oauth2(analyst).get("/api/v1/read-model").then().extract().jsonPath()
                .getBoolean("upToDate"));
        String before = asAdmin().queryParam("indicator", "11.6.2").queryParam("year", 2016)
            .when().get("/api/v1/comparisons").then().statusCode(200).extract().asString();

        STACK.rebuildReadModel();

        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            var status = RestAssured.given().auth().oauth2(analyst).get("/api/v1/read-model");
            return status.statusCode() == 200 && status.jsonPath().getBoolean("upToDate");
        });
        String after = asAdmin().queryParam("indicator", "11.6.2").queryParam("year", 2016)
            .when().get("/api/v1/comparisons").then().statusCode(200).extract().asString();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(after)).isEqualTo(json.readTree(before));
    }

    /**
     * What the other tests leave out, so that every operation of the document is answered through the validating
     * proxy at least once with a success and once with a client error: each read asked for a media type nobody
     * serves (406), and the writes and reads no scenario above needs, each on real data.
     */
    @Test
    @Order(Integer.MAX_VALUE - 3)
    void everyOperationIsAnsweredThroughTheValidatingProxyWithASuccessAndARefusal() throws Exception {
        JsonNode document = new ObjectMapper().readTree(STACK.root().resolve("docs/openapi.json").toFile());
        document.path("paths").properties().forEach(path -> {
            if (path.getValue().has("get")) {
                asAdmin().accept("application/x-nua-unknown").when().get(AccessMatrix.fill(path.getKey(), "JOR"))
                    .then().statusCode(406);
            }
        });

        asAdmin().when().get("/api/v1/indicators/11.6.2/versions").then().statusCode(200);
        partnerKey("JOR", "DOS", "Department of Statistics");
        asAdmin().when().get("/api/v1/countries/JOR/agencies/DOS").then().statusCode(200).body("code", equalTo("DOS"));

        // An indicator of the project's own, named as the UN names 11.6.2, created and then retired.
        Map<String, String> reference = ReferenceData.row("sdg11_indicators_reference.csv",
            r -> r.get("indicator").equals("11.6.2"));
        String code = "CONTRACT-" + UUID.randomUUID().toString().substring(0, 8);
        String location = asAdmin().contentType("application/json").body(Map.of("code", code, "framework", "PROJECT",
                "names", Map.of("en", reference.get("indicator_title_en"), "ar", reference.get("indicator_title_ar")),
                "unit", "mgr/m^3", "desiredDirection", "DECREASE"))
            .when().post("/api/v1/indicators").then().statusCode(201).extract().header("Location");
        assertThat(location).isEqualTo("/api/v1/indicators/" + code);
        String etag = asAdmin().when().get(location).then().statusCode(200).extract().header("ETag");
        asAdmin().header("If-Match", etag).when().post(location + "/retire").then().statusCode(200)
            .body("status", equalTo("RETIRED"));

        // Jordan's 2016 PM2.5 as the UN gives it: its history, then withdrawn and recorded again.
        Map<String, String> pm25 = ReferenceData.row("unsd_sdg11_series_9countries.csv",
            r -> r.get("series_code").equals("EN_ATM_PM25") && r.get("iso3").equals("JOR")
                && r.get("location").equals("allarea") && r.get("year").equals("2016"));
        asAdmin().contentType("text/csv").body(pm25Csv("JOR")).when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200);
        asAdmin().queryParam("indicator", "11.6.2").queryParam("series", "EN_ATM_PM25").queryParam("year", 2016)
            .when().get("/api/v1/countries/JOR/observations/history").then().statusCode(200);
        asAdmin().queryParam("indicator", "11.6.2").queryParam("series", "EN_ATM_PM25").queryParam("year", 2016)
            .when().delete("/api/v1/countries/JOR/observations").then().statusCode(204);
        asAdmin().contentType("application/json").body(Map.of("indicatorCode", "11.6.2", "seriesCode", "EN_ATM_PM25",
                "year", 2016, "value", new BigDecimal(pm25.get("value")), "unit", pm25.get("units")))
            .when().post("/api/v1/countries/JOR/observations").then().statusCode(anyOf(equalTo(200), equalTo(201)));

        // An upload past the direct limit (10,000 rows) becomes a job; a dry run, so its repeated row writes nothing.
        String rows = "indicator_code,series_code,year,value,unit\n" + pm25Row("JOR").repeat(10_001);
        String job = asAdmin().contentType("text/csv").queryParam("dryRun", true).body(rows)
            .when().post("/api/v1/countries/JOR/observations/batches").then().statusCode(202).extract()
            .header("Location");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
            !asAdmin().when().get(job).then().statusCode(200).extract().path("state").toString().matches(
                "QUEUED|RUNNING"));

        asAdmin().queryParam("indicator", "11.6.2").when().get("/api/v1/comparisons/table").then().statusCode(200);
        asAdmin().queryParam("indicator", "11.6.2").queryParam("format", "csv").when().get("/api/v1/comparisons/table")
            .then().statusCode(200).contentType(startsWith("text/csv"));
        asAdmin().queryParam("indicator", "11.6.2").when().get("/api/v1/pandemic-impact").then().statusCode(200);
        for (String topic : List.of("indicator.events", "country.events", "observation.events")) {
            asAdmin().when().post("/api/v1/topics/" + topic + "/republish").then().statusCode(200);
        }
        asAdmin().when().post("/api/v1/read-model/dead-letters/replay").then().statusCode(200);

        String issued = asAdmin().contentType("application/json")
            .body(Map.of("label", "Contract check", "roles", List.of("analyst")))
            .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("apiKey.id");
        asAdmin().when().get("/api/v1/api-keys/" + issued).then().statusCode(200);
        String rotated = asAdmin().when().post("/api/v1/api-keys/" + issued + "/rotation").then().statusCode(201)
            .extract().path("apiKey.id");
        asAdmin().when().delete("/api/v1/api-keys/" + rotated).then().statusCode(204);
    }

    /**
     * The event topics as integrators read them, with SDKs nobody here wrote: every record read from the start
     * by the CloudEvents SDK for Java (its Kafka deserializer) as a CloudEvents 1.0 event with JSON data and an
     * instant to the microsecond, and by kafkajs and the CloudEvents SDK for JavaScript, which also check each
     * against its AsyncAPI schema (deploy/events/check); and every golden example read by both.
     */
    @Test
    @Order(Integer.MAX_VALUE - 2)
    void theEventTopicsAreReadByTheCloudEventsSdksOfJavaAndJavaScript() throws Exception {
        List<String> topics = List.of("indicator.events", "country.events", "observation.events", "report.events");
        Set<String> types = new TreeSet<>();
        EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
        try (var files = Files.list(STACK.root().resolve("docs/events"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                CloudEvent golden = format.deserialize(Files.readAllBytes(file));
                assertThat(golden.getSpecVersion()).as(file.toString()).isEqualTo(SpecVersion.V1);
                types.add(golden.getType());
            }
        }
        Map<String, Integer> read = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> settings = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, STACK.kafkaBootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "cloudevents-sdk-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new CloudEventDeserializer())) {
            List<TopicPartition> partitions = topics.stream().flatMap(t -> consumer.partitionsFor(t).stream()
                .map(p -> new TopicPartition(t, p.partition()))).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                assertThat(System.nanoTime()).as("read to the end of the topics in two minutes").isLessThan(deadline);
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    CloudEvent event = record.value();
                    String where = record.topic() + "/" + record.partition() + "@" + record.offset();
                    assertThat(event.getSpecVersion()).as(where).isEqualTo(SpecVersion.V1);
                    assertThat(event.getType()).as(where).isIn(types);
                    assertThat(event.getDataContentType()).as(where).isEqualTo("application/json");
                    assertThat(event.getSubject()).as(where).isEqualTo(record.key());
                    assertThat(event.getTime().getNano() % 1_000).as(where + ": time to the microsecond").isZero();
                    assertThat(json.readTree(event.getData().toBytes()).isObject()).as(where).isTrue();
                    read.merge(record.topic(), 1, Integer::sum);
                }
            }
        }
        assertThat(read.keySet()).as("every event topic has events by now").containsExactlyInAnyOrderElementsOf(topics);

        JsonNode summary = summaryOf("deploy/events/check", STACK.kafkaBootstrapServers());
        assertThat(summary.path("golden").asInt()).isEqualTo(types.size());
        // Read after the Java consumer, kafkajs sees at least as many records (an event may have come since).
        read.forEach((topic, records) -> assertThat(summary.path("topics").path(topic).asInt())
            .as("records kafkajs read from " + topic).isGreaterThanOrEqualTo(records));
    }

    /**
     * Runs one of the repository's tools that print a JSON summary on stdout, and reads it; its stderr goes to a
     * file under target, shown with the output when the tool fails.
     */
    private static JsonNode summaryOf(String tool, String... arguments) throws Exception {
        Path errors = Path.of("target", Path.of(tool).getFileName() + ".err").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(STACK.root().resolve(tool).toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(tool + " ended").isTrue();
        assertThat(process.exitValue()).as(tool + ":\n" + Files.readString(errors) + output).isZero();
        return new ObjectMapper().readTree(output);
    }

    /**
     * Every answer Prism saw matched the published document (status, headers, body, and no field or header it
     * does not list), and every operation was answered through it with a success and with a client error.
     */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void everyAnswerThroughTheValidatingProxyMatchesThePublishedDocument() {
        List<String> problems = proxy.problems();
        assertThat(problems).as(problems.size() + " answer(s) do not match docs/openapi.json (Prism's findings; "
            + "its log is in target/contract):\n" + String.join("\n", problems.subList(0, Math.min(problems.size(),
            120)))).isEmpty();
    }

    /**
     * Last, since the variations a service accepts are real writes (Jordan's observations, indicators, report
     * jobs) that the other tests must not meet.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void hostileRequestsToEveryOperationGetAProblemAndWriteNothing() throws Exception {
        JsonNode document = new ObjectMapper().readTree(asAdmin().when().get("/openapi").then().statusCode(200)
            .extract().asString());
        HostileRequests hostile = new HostileRequests("http://127.0.0.1:" + STACK.gatewayPort(), LocalStack.DB_PREFIX,
            subject -> {
            try {
                return STACK.token("admin", subject);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long started = System.nanoTime();
        List<String> failures = hostile.check(document);
        System.out.printf("Hostile requests: %d sent in %d s, %d answered wrongly%n", hostile.sent(),
            Duration.ofNanos(System.nanoTime() - started).toSeconds(), failures.size());
        assertThat(failures).as(failures.size() + " answer(s) to hostile requests were wrong:\n"
            + String.join("\n", failures.subList(0, Math.min(failures.size(), 80)))).isEmpty();
    }
}
