package org.nua.report.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.nua.report.EventFixtures;
import org.nua.report.domain.Direction;
import org.nua.report.domain.progress.PandemicImpact;
import org.nua.report.domain.progress.YearValue;
import org.nua.testsupport.ReferenceData;
import org.nua.testsupport.TestIdentity;
import org.nua.testsupport.TopicProbe;

/**
 * Reports as an analyst gets them: requested, written by a worker that takes the job from Kafka, downloaded as
 * HTML, PDF and CSV. Every number of the data annex is checked against the real data it was built from, or
 * against what the API computes from the same data.
 */
@QuarkusTest
class ReportResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @jakarta.inject.Inject
    org.nua.report.domain.report.ReportRequests requests;

    @BeforeAll
    static void countriesArePublished() {
        org.nua.report.JsonNumbers.readAsBigDecimal();
        EventFixtures.publishCountries();
    }

    /** An SDG indicator placed under a goal 11 target, as indicator-service publishes it, under a fresh code. */
    private static String publishSdg11Indicator(String target, String unit, String direction, Integer targetValue) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode event = EventFixtures.indicator(code, unit, direction, 0);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("framework", "SDG").put("goal", "11").put("target", target);
        if (targetValue != null) {
            data.put("targetValue", targetValue).put("targetYear", 2030).put("minValue", 0).put("maxValue", 100);
        }
        EventFixtures.publish("indicator.events", event);
        return code;
    }

    private static List<Map<String, String>> slums(String iso3) {
        return ReferenceData.rows("unsd_sdg11_series_9countries.csv").stream()
            .filter(r -> r.get("series_code").equals("EN_LND_SLUM") && r.get("iso3").equals(iso3)).toList();
    }

    /** Waits until the read model has all of one country's values of the indicator, as the endpoint shows them. */
    private static void awaitValues(String endpoint, String indicator, String country, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Object> values = given().queryParam("indicator", indicator).queryParam("country", country)
                .get(endpoint).then().extract().jsonPath().getList("countries[0].values");
            return values != null && values.size() == count;
        });
    }

    private static String request(String body) {
        return TestIdentity.as(TestIdentity.analyst()).contentType("application/json").body(body)
            .when().post("/api/v1/reports")
            .then().statusCode(202).header("Location", startsWith("/api/v1/reports/"))
            .body("status", equalTo("QUEUED")).extract().path("id");
    }

    private static JsonPath awaitDone(String id) {
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
            String status = TestIdentity.as(TestIdentity.analyst()).get("/api/v1/reports/" + id)
                .then().statusCode(200).extract().path("status");
            assertThat(status).isNotEqualTo("FAILED");
            return status.equals("DONE");
        });
        return TestIdentity.as(TestIdentity.analyst()).get("/api/v1/reports/" + id).then().statusCode(200)
            .body("progress", equalTo(100)).body("artifacts.format", org.hamcrest.Matchers.contains("html", "pdf", "csv"))
            .extract().jsonPath();
    }

    /** Downloads a file, and keeps a copy in target/report-samples to be looked at. */
    private static Response download(String id, String format) {
        Response response = TestIdentity.as(TestIdentity.analyst()).get("/api/v1/reports/" + id + "/" + format)
            .then().statusCode(200).extract().response();
        String disposition = response.header("Content-Disposition");
        String name = disposition.substring(disposition.indexOf("filename=\"") + 10, disposition.length() - 1);
        try {
            java.nio.file.Path samples = java.nio.file.Path.of("target", "report-samples");
            java.nio.file.Files.createDirectories(samples);
            java.nio.file.Files.write(samples.resolve(name), response.asByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response;
    }

    private static List<CSVRecord> annex(String id) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(download(id, "csv").asString())).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void jordansProfileInArabicAndEnglishShowsTheIngestedValuesAndTheirProgress() throws Exception {
        String indicator = publishSdg11Indicator("11.1", "PERCENT", "DECREASE", 0);
        List<Map<String, String>> jordan = slums("JOR");
        for (Map<String, String> r : jordan) {
            EventFixtures.publish("observation.events", EventFixtures.observation("JOR", indicator, "EN_LND_SLUM",
                Integer.parseInt(r.get("year")), new BigDecimal(r.get("value")), "PERCENT", 1));
        }
        awaitValues("/api/v1/progress", indicator, "JOR", jordan.size());

        String arabic = request("{\"type\":\"COUNTRY_PROFILE\",\"country\":\"JOR\",\"language\":\"ar\"}");
        String english = request("{\"type\":\"COUNTRY_PROFILE\",\"country\":\"JOR\"}");
        JsonPath done = awaitDone(arabic);
        assertThat(done.getString("language")).isEqualTo("ar");
        assertThat(done.getString("artifacts[1].fileName")).matches("nua-country-profile-JOR-ar-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        awaitDone(english);

        // Every value of the annex is the ingested value; every score is the API's for the same values.
        List<CSVRecord> figures = annex(arabic).stream().filter(f -> f.get("indicator").equals(indicator)).toList();
        List<CSVRecord> observations = figures.stream().filter(f -> f.get("figure").equals("OBSERVATION")).toList();
        assertThat(observations).hasSize(jordan.size());
        for (Map<String, String> r : jordan) {
            CSVRecord figure = observations.stream().filter(f -> f.get("year").equals(r.get("year"))).findFirst()
                .orElseThrow();
            assertThat(new BigDecimal(figure.get("value"))).isEqualByComparingTo(r.get("value"));
            assertThat(figure.get("country")).isEqualTo("JOR");
        }
        JsonPath progress = given().queryParam("indicator", indicator).queryParam("country", "JOR")
            .get("/api/v1/progress").then().statusCode(200).extract().jsonPath();
        for (CSVRecord score : figures.stream().filter(f -> f.get("figure").equals("PROGRESS_SCORE")).toList()) {
            double expected = progress.getDouble("countries[0].assessments.find { it.method == '"
                + score.get("method") + "' }.score");
            assertThat(Double.parseDouble(score.get("value"))).as(score.get("method")).isCloseTo(expected, within(1e-9));
        }
        assertThat(figures.stream().filter(f -> f.get("figure").equals("PROGRESS_SCORE"))).hasSize(2);
        // The same data gives the same numbers in either language.
        assertThat(annex(english).stream().map(ReportResourceTest::numbers).toList())
            .isEqualTo(annex(arabic).stream().map(ReportResourceTest::numbers).toList());

        Map<String, String> names = ReferenceData.row("country_names_cldr_jdk17.csv", r -> r.get("iso3").equals("JOR"));
        String html = download(arabic, "html").then().contentType(startsWith("text/html"))
            .header("Content-Security-Policy", startsWith("default-src 'none'; style-src 'unsafe-inline'"))
            .extract().asString();
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">", names.get("name_ar"),
            "font-family: 'Noto Sans Arabic'", "<svg", "direction: rtl");
        String englishHtml = download(english, "html").asString();
        assertThat(englishHtml).contains("<html lang=\"en\" dir=\"ltr\">", "Jordan", "Target 11.1")
            // Jordan's native name is Arabic, so the Arabic font is embedded here too; no Khmer is shown.
            .contains("font-family: 'Noto Sans Arabic'").doesNotContain("font-family: 'Noto Sans Khmer'");

        byte[] arabicPdf = download(arabic, "pdf").then().contentType("application/pdf")
            .header("Content-Disposition", startsWith("attachment; filename=\"nua-country-profile-JOR-ar-"))
            .extract().asByteArray();
        // The PDF holds Arabic shaped into presentation forms, laid out right to left: normalised and read
        // back in logical order it is the country's Arabic name.
        String arabicText = Normalizer.normalize(pdfText(arabicPdf), Normalizer.Form.NFKC);
        assertThat(arabicText.contains(names.get("name_ar"))
            || arabicText.contains(new StringBuilder(names.get("name_ar")).reverse().toString()))
            .as("Arabic country name in the PDF text: %s", arabicText.substring(0, Math.min(300, arabicText.length())))
            .isTrue();
        String englishText = pdfText(download(english, "pdf").asByteArray());
        Map<String, String> latest = jordan.stream().max(java.util.Comparator.comparing(r -> r.get("year")))
            .orElseThrow();
        assertThat(englishText).contains("Jordan", "SDG 11 country profile", "Target 11.1", latest.get("year"),
            new BigDecimal(latest.get("value")).stripTrailingZeros().toPlainString());

        // The ending is announced on report.events, with the files.
        var announced = TopicProbe.onSharedBroker().await("report.events", r -> r.key().equals(arabic),
            Duration.ofSeconds(30));
        var event = JSON.readTree(announced.get(0).value());
        assertThat(event.get("type").asText()).isEqualTo("report.completed.v1");
        // The shape of the golden example in docs/events, field for field.
        var golden = JSON.readTree(java.nio.file.Files.readString(
            ReferenceData.eventExamples().resolve("report.completed.v1.json")));
        assertThat(fieldNames(event)).isEqualTo(fieldNames(golden));
        assertThat(fieldNames(event.get("data"))).isEqualTo(fieldNames(golden.get("data")));
        assertThat(fieldNames(event.at("/data/artifacts/0"))).isEqualTo(fieldNames(golden.at("/data/artifacts/0")));
        assertThat(event.at("/data/artifacts/1/href").asText()).isEqualTo("/api/v1/reports/" + arabic + "/pdf");
    }

    @Test
    void aProfileShowsTenSeriesOfAnIndicatorAndItsScoresCountThemAll() {
        // Jordan's twelve disaster-loss series with the most years, all under one indicator of target 11.5.
        String indicator = publishSdg11Indicator("11.5", "NUMBER", "DECREASE", null);
        Map<String, List<Map<String, String>>> bySeries = ReferenceData.rows("unsd_sdg11_series_9countries.csv")
            .stream().filter(r -> r.get("iso3").equals("JOR") && r.get("series_code").startsWith("VC_DSR_"))
            .collect(java.util.stream.Collectors.groupingBy(r -> r.get("series_code"), java.util.TreeMap::new,
                java.util.stream.Collectors.toList()));
        List<String> twelve = bySeries.keySet().stream()
            .sorted(java.util.Comparator.comparing((String s) -> -bySeries.get(s).size()).thenComparing(s -> s))
            .limit(12).sorted().toList();
        for (String series : twelve) {
            for (Map<String, String> r : bySeries.get(series)) {
                EventFixtures.publish("observation.events", EventFixtures.observation("JOR", indicator, series,
                    Integer.parseInt(r.get("year")), new BigDecimal(r.get("value")), r.get("units"), 1));
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("country", "JOR")
            .get("/api/v1/progress/goals/11").then().extract().jsonPath()
            .getList("countries[0].targets.indicators.flatten().findAll { it.indicator == '" + indicator
                + "' }.series.flatten()").size() == 12);

        String id = request("{\"type\":\"COUNTRY_PROFILE\",\"country\":\"JOR\"}");
        awaitDone(id);
        JsonPath goal = given().queryParam("country", "JOR").get("/api/v1/progress/goals/11").then()
            .statusCode(200).extract().jsonPath();

        List<CSVRecord> annex = annex(id);
        List<String> shown = annex.stream().filter(f -> f.get("indicator").equals(indicator)
            && f.get("figure").equals("OBSERVATION")).map(f -> f.get("series")).distinct().toList();
        assertThat(shown).isEqualTo(twelve.subList(0, 10));
        // The two series left out still count: the target's score is the API's, which takes every series.
        CSVRecord targetScore = annex.stream().filter(f -> f.get("figure").equals("TARGET_SCORE")
            && f.get("indicator").equals("11.5")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(targetScore.get("value")))
            .isCloseTo(goal.getDouble("countries[0].targets.find { it.target == '11.5' }.score"), within(1e-9));
        assertThat(download(id, "html").asString()).contains(indicator + ": Further series of this indicator count");
    }

    @Test
    void theArabicProfileReadsRightToLeftInABrowserAndTheEnglishLeftToRight() throws Exception {
        java.nio.file.Path browser = org.nua.report.HeadlessBrowser.require();
        String arabic = request("{\"type\":\"COUNTRY_PROFILE\",\"country\":\"JOR\",\"language\":\"ar\"}");
        String english = request("{\"type\":\"COUNTRY_PROFILE\",\"country\":\"JOR\",\"language\":\"en\"}");
        awaitDone(arabic);
        awaitDone(english);
        java.nio.file.Path pages = java.nio.file.Files.createTempDirectory("report-pages");
        java.nio.file.Path arabicHtml = java.nio.file.Files.write(pages.resolve("ar.html"),
            download(arabic, "html").asByteArray());
        java.nio.file.Path englishHtml = java.nio.file.Files.write(pages.resolve("en.html"),
            download(english, "html").asByteArray());

        // The first line of the page is the publisher's name: in Arabic it starts at the right edge of the text
        // column, in English at the left. 900 pixels wide, the column (190 mm) is centred.
        var arabicPage = org.nua.report.HeadlessBrowser.screenshot(browser, arabicHtml, 900, 1200);
        var englishPage = org.nua.report.HeadlessBrowser.screenshot(browser, englishHtml, 900, 1200);
        int[] arabicLine = org.nua.report.HeadlessBrowser.inkSpan(arabicPage, 0, 24);
        int[] englishLine = org.nua.report.HeadlessBrowser.inkSpan(englishPage, 0, 24);
        assertThat(arabicLine[1]).as("Arabic first line drawn").isPositive();
        assertThat(arabicLine[0]).as("Arabic first line starts right of the middle").isGreaterThan(450);
        assertThat(englishLine[1]).as("English first line ends left of the middle").isLessThan(450);
        // The screenshots are kept beside the other samples.
        java.nio.file.Files.copy(arabicHtml.resolveSibling("ar.html.png"),
            java.nio.file.Path.of("target", "report-samples", "country-profile-JOR-ar.png"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static java.util.Set<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** What a figure says, without the report it belongs to. */
    private static List<String> numbers(CSVRecord figure) {
        return List.of(figure.get("as_of").isEmpty() ? "" : "as_of", figure.get("figure"), figure.get("country"),
            figure.get("indicator"), figure.get("series"), figure.get("year"), figure.get("value"), figure.get("method"));
    }

    @Test
    void aReportRegeneratedForItsAsOfHasTheSameNumbersAfterARevision() {
        String indicator = publishSdg11Indicator("11.1", "PERCENT", "DECREASE", 0);
        Instant recorded = Instant.now().minus(2, ChronoUnit.HOURS);
        Map<String, String> jordan = slums("JOR").get(0);
        Map<String, String> morocco = slums("MAR").get(0);
        for (Map<String, String> r : List.of(jordan, morocco)) {
            EventFixtures.publish("observation.events", EventFixtures.observation(r.get("iso3"), indicator,
                "EN_LND_SLUM", Integer.parseInt(r.get("year")), new BigDecimal(r.get("value")), "PERCENT", 1, recorded));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("indicator", indicator)
            .get("/api/v1/comparisons").then().extract().jsonPath().getList("countries.findAll { it.value != null }")
            .size() == 2);
        String first = request("{\"type\":\"COMPARISON\",\"indicator\":\"" + indicator + "\",\"language\":\"fr\"}");
        String asOf = awaitDone(first).getString("asOf");

        // Jordan's value is revised now: the current comparison shows the new value.
        BigDecimal revised = new BigDecimal(jordan.get("value")).add(BigDecimal.ONE);
        EventFixtures.publish("observation.events", EventFixtures.observation("JOR", indicator, "EN_LND_SLUM",
            Integer.parseInt(jordan.get("year")), revised, "PERCENT", 2, Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("indicator", indicator)
            .get("/api/v1/comparisons").then().extract().jsonPath()
            .getDouble("countries.find { it.countryCode == 'JOR' }.value") == revised.doubleValue());

        String again = request("{\"type\":\"COMPARISON\",\"indicator\":\"" + indicator + "\",\"language\":\"fr\","
            + "\"asOf\":\"" + asOf + "\"}");
        String now = request("{\"type\":\"COMPARISON\",\"indicator\":\"" + indicator + "\",\"language\":\"fr\"}");
        assertThat(awaitDone(again).getString("asOf")).isEqualTo(asOf);
        awaitDone(now);

        assertThat(annex(again).stream().map(ReportResourceTest::numbers).toList())
            .isEqualTo(annex(first).stream().map(ReportResourceTest::numbers).toList());
        CSVRecord jordanNow = annex(now).stream()
            .filter(f -> f.get("figure").equals("OBSERVATION") && f.get("country").equals("JOR")).findFirst()
            .orElseThrow();
        assertThat(new BigDecimal(jordanNow.get("value"))).isEqualByComparingTo(revised);
        // The comparison's statistics are the API's for the same values.
        JsonPath api = given().queryParam("indicator", indicator).get("/api/v1/comparisons").then().statusCode(200)
            .extract().jsonPath();
        CSVRecord mean = annex(now).stream().filter(f -> f.get("figure").equals("MEAN")).findFirst().orElseThrow();
        assertThat(new BigDecimal(mean.get("value")).doubleValue())
            .isCloseTo(api.getDouble("statistics.mean"), within(1e-9));
        assertThat(download(again, "pdf").asByteArray()).startsWith("%PDF".getBytes());
    }

    @Test
    void aPandemicBriefMeasuresKazakhstansValuesFrom2020AgainstTheTrend() {
        String indicator = publishSdg11Indicator("11.1", "PERSONS", "DECREASE", null);
        List<Map<String, String>> rows = ReferenceData.rows("kazstat_national_sdg11_KAZ.csv").stream()
            .filter(r -> r.get("national_indicator_id").equals("11-1-1")
                && r.get("ref_area_en").equals("(national total)") && r.get("urbanisation_code").isEmpty()
                && r.get("series_code").isEmpty() && r.get("other_dimensions").isEmpty())
            .toList();
        for (Map<String, String> r : rows) {
            EventFixtures.publish("observation.events", EventFixtures.observation("KAZ", indicator, "",
                Integer.parseInt(r.get("year")), new BigDecimal(r.get("value")), "PERSONS", 1));
        }
        awaitValues("/api/v1/pandemic-impact", indicator, "KAZ", rows.size());

        String id = request("{\"type\":\"PANDEMIC_BRIEF\",\"country\":\"KAZ\",\"language\":\"ru\"}");
        awaitDone(id);
        PandemicImpact.Result expected = PandemicImpact.assess(rows.stream()
            .map(r -> new YearValue(Integer.parseInt(r.get("year")), new BigDecimal(r.get("value")))).toList(),
            Direction.DECREASE).orElseThrow();
        List<CSVRecord> deviations = annex(id).stream()
            .filter(f -> f.get("indicator").equals(indicator) && f.get("figure").equals("DEVIATION")).toList();
        assertThat(deviations).hasSize(expected.years().size());
        for (int i = 0; i < deviations.size(); i++) {
            assertThat(Integer.parseInt(deviations.get(i).get("year"))).isEqualTo(expected.years().get(i).year());
            assertThat(Double.parseDouble(deviations.get(i).get("value")))
                .isCloseTo(expected.years().get(i).deviation(), within(1e-6));
        }
        assertThat(download(id, "html").asString()).contains("<html lang=\"ru\" dir=\"ltr\">", "Казахстан");
    }

    @Test
    void cambodiasKhmerNameIsInTheHtmlAndLeftOutOfThePdfWhichCannotShapeIt() {
        String id = request("{\"type\":\"COUNTRY_PROFILE\",\"country\":\"KHM\"}");
        awaitDone(id);
        String khmer = ReferenceData.row("country_reference_9countries.csv", r -> r.get("iso3").equals("KHM"))
            .get("native_names").split(":", 2)[1];
        assertThat(download(id, "html").asString()).contains(khmer, "font-family: 'Noto Sans Khmer'");
        String pdf = pdfText(download(id, "pdf").asByteArray());
        assertThat(pdf).contains("Cambodia");
        assertThat(pdf.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.KHMER))
            .as("no Khmer in the PDF").isTrue();
    }

    @Test
    void aJobWhoseMessageWasLostIsSentAgainAndDone() {
        // Recorded as the API records it, but its message never sent: as if the broker had been away.
        var report = requests.request(org.nua.report.domain.report.ReportType.PANDEMIC_BRIEF,
            org.nua.report.domain.report.ReportLanguage.ES,
            new org.nua.report.domain.report.ReportParameters(null, List.of(), null, null), null, "staff:test")
            .report();
        assertThat(TestIdentity.as(TestIdentity.analyst()).get("/api/v1/reports/" + report.id()).then()
            .statusCode(200).extract().<String>path("status")).isEqualTo("QUEUED");
        awaitDone(report.id().toString());
        assertThat(download(report.id().toString(), "html").asString()).contains("<html lang=\"es\" dir=\"ltr\">",
            "Todos los países");
    }

    @Test
    void aRequesterHasAtMostThreeReportsInProgressAndAskingAgainIsAnsweredWithTheOpenOne() {
        String subject = "staff:quota-" + UUID.randomUUID();
        String token = TestIdentity.signFor("report-service", subject, java.util.Set.of("analyst"), null, null);
        // Three open reports of the requester, recorded as the API records them; their messages go out only when
        // the sweeper finds them (after 3 s in tests), so they are still QUEUED below.
        List<String> open = new java.util.ArrayList<>();
        for (int year : List.of(2021, 2022, 2023)) {
            open.add(requests.request(org.nua.report.domain.report.ReportType.PANDEMIC_BRIEF,
                org.nua.report.domain.report.ReportLanguage.ES,
                new org.nua.report.domain.report.ReportParameters(null, List.of(), null, null),
                Instant.parse(year + "-06-01T00:00:00Z"), subject).report().id().toString());
        }
        long before = TestIdentity.as(TestIdentity.admin()).get("/api/v1/reports").then().statusCode(200)
            .extract().jsonPath().getLong("total");
        String again = "{\"type\":\"PANDEMIC_BRIEF\",\"language\":\"es\",\"asOf\":\"2022-06-01T00:00:00Z\"}";
        TestIdentity.as(token).contentType("application/json").body(again).post("/api/v1/reports")
            .then().statusCode(202).body("id", equalTo(open.get(1)))
            .header("Location", equalTo("/api/v1/reports/" + open.get(1)));
        String fourth = "{\"type\":\"PANDEMIC_BRIEF\",\"language\":\"es\",\"asOf\":\"2020-06-01T00:00:00Z\"}";
        TestIdentity.as(token).contentType("application/json").body(fourth).post("/api/v1/reports")
            .then().statusCode(429).contentType("application/problem+json").header("Retry-After", "5")
            .body("type", equalTo("urn:nua:problem:too-many-open-reports"));
        assertThat(TestIdentity.as(TestIdentity.admin()).get("/api/v1/reports").then().statusCode(200)
            .extract().jsonPath().getLong("total")).isEqualTo(before);
        // Another requester is not held back by this one.
        TestIdentity.as(TestIdentity.analyst()).contentType("application/json").body(fourth).post("/api/v1/reports")
            .then().statusCode(202);
    }

    @Test
    void aRequestForNowIsAnsweredWithTheOpenReportForNowButNotWithOneAsOfAnEarlierInstant() {
        String subject = "staff:now-" + UUID.randomUUID();
        String token = TestIdentity.signFor("report-service", subject, java.util.Set.of("analyst"), null, null);
        var params = new org.nua.report.domain.report.ReportParameters(null, List.of(), null, null);
        String forNow = requests.request(org.nua.report.domain.report.ReportType.PANDEMIC_BRIEF,
            org.nua.report.domain.report.ReportLanguage.FR, params, null, subject).report().id().toString();
        String earlier = requests.request(org.nua.report.domain.report.ReportType.PANDEMIC_BRIEF,
            org.nua.report.domain.report.ReportLanguage.AR, params, Instant.parse("2024-01-01T00:00:00Z"), subject)
            .report().id().toString();
        TestIdentity.as(token).contentType("application/json").body("{\"type\":\"PANDEMIC_BRIEF\",\"language\":\"fr\"}")
            .post("/api/v1/reports").then().statusCode(202).body("id", equalTo(forNow));
        String arabicNow = TestIdentity.as(token).contentType("application/json")
            .body("{\"type\":\"PANDEMIC_BRIEF\",\"language\":\"ar\"}").post("/api/v1/reports").then()
            .statusCode(202).extract().path("id");
        assertThat(arabicNow).isNotIn(forNow, earlier);
    }

    @Test
    void badRequestsAreProblemsAndChangeNothing() {
        long before = TestIdentity.as(TestIdentity.admin()).get("/api/v1/reports").then().statusCode(200)
            .extract().jsonPath().getLong("total");
        var analyst = TestIdentity.analyst();
        TestIdentity.as(analyst).contentType("application/json").body("{\"type\":\"COUNTRY_PROFILE\"}")
            .post("/api/v1/reports").then().statusCode(422).contentType("application/problem+json")
            .body("errors[0].pointer", equalTo("/country"));
        TestIdentity.as(analyst).contentType("application/json")
            .body("{\"type\":\"COUNTRY_PROFILE\",\"country\":\"FRA\"}")
            .post("/api/v1/reports").then().statusCode(422).body("errors[0].pointer", equalTo("/country"));
        TestIdentity.as(analyst).contentType("application/json")
            .body("{\"type\":\"COMPARISON\",\"indicator\":\"99.9.9\"}")
            .post("/api/v1/reports").then().statusCode(422).body("errors[0].pointer", equalTo("/indicator"));
        TestIdentity.as(analyst).contentType("application/json")
            .body("{\"type\":\"COUNTRY_PROFILE\",\"country\":\"JOR\",\"asOf\":\"2999-01-01T00:00:00Z\"}")
            .post("/api/v1/reports").then().statusCode(422).body("errors[0].pointer", equalTo("/asOf"));
        // Before the earliest year an observation may have: refused here, not by the database's timestamp range.
        TestIdentity.as(analyst).contentType("application/json")
            .body("{\"type\":\"COUNTRY_PROFILE\",\"country\":\"JOR\",\"asOf\":\"-999999999-01-01T00:00:00Z\"}")
            .post("/api/v1/reports").then().statusCode(422).body("errors[0].pointer", equalTo("/asOf"))
            .body("errors[0].detail", equalTo("must not be before 1950-01-01T00:00:00Z"));
        TestIdentity.as(analyst).contentType("application/json")
            .body("{\"type\":\"COUNTRY_PROFILE\",\"country\":\"JOR\",\"language\":\"de\"}")
            .post("/api/v1/reports").then().statusCode(422).contentType("application/problem+json");
        TestIdentity.as(analyst).contentType("application/json").body("{\"type\":\"POSTER\"}")
            .post("/api/v1/reports").then().statusCode(400).contentType("application/problem+json");
        TestIdentity.as(analyst).contentType("application/json")
            .body("{\"type\":\"COUNTRY_PROFILE\",\"country\":\"JOR\",\"colour\":\"blue\"}")
            .post("/api/v1/reports").then().statusCode(400).contentType("application/problem+json");
        TestIdentity.as(analyst).get("/api/v1/reports/" + UUID.randomUUID()).then().statusCode(404)
            .contentType("application/problem+json");
        TestIdentity.as(analyst).get("/api/v1/reports/" + UUID.randomUUID() + "/pdf").then().statusCode(404);
        TestIdentity.as(analyst).get("/api/v1/reports/not-a-uuid").then().statusCode(404);
        assertThat(TestIdentity.as(TestIdentity.admin()).get("/api/v1/reports").then().statusCode(200)
            .extract().jsonPath().getLong("total")).isEqualTo(before);
    }

    @Test
    void onlyStaffWriteAndReadReports() {
        String body = "{\"type\":\"COUNTRY_PROFILE\",\"country\":\"JOR\"}";
        given().contentType("application/json").body(body).post("/api/v1/reports").then().statusCode(401);
        TestIdentity.as(TestIdentity.partner("JOR")).contentType("application/json").body(body)
            .post("/api/v1/reports").then().statusCode(403);
        given().get("/api/v1/reports").then().statusCode(401);
        TestIdentity.as(TestIdentity.partner("JOR")).get("/api/v1/reports").then().statusCode(403);
    }
}
