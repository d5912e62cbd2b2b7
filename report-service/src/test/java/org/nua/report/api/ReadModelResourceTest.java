package org.nua.report.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.nua.platform.events.EventHeaders;
import org.nua.report.EventFixtures;
import org.nua.testsupport.TestIdentity;
import org.nua.testsupport.TopicProbe;

@QuarkusTest
class ReadModelResourceTest {

    @Test
    void theLagIsWhatWasPublishedAndNotYetAppliedAndReachesZero() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        EventFixtures.publishIndicator(code, "PERCENT", "DECREASE", 0);

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
            TestIdentity.as(TestIdentity.analyst()).when().get("/api/v1/read-model")
                .then().statusCode(200).extract().jsonPath().getBoolean("upToDate"));
        JsonPath status = TestIdentity.as(TestIdentity.admin()).when().get("/api/v1/read-model")
            .then().statusCode(200).body("lag", equalTo(0))
            .body("topics.topic", hasItems("indicator.events", "country.events", "observation.events"))
            .extract().jsonPath();
        long published = status.getLong("topics.find { it.topic == 'indicator.events' }.partitions.sum { it.endOffset }");
        assertThat(published).isPositive();
        assertThat(status.getLong("topics.find { it.topic == 'indicator.events' }.partitions.sum { it.committedOffset }"))
            .isEqualTo(published);
    }

    @Test
    void aDeadLetterIsCountedAndReplayedOnceItsCauseIsFixedAndThenApplied() {
        // An indicator event set aside earlier, as by a version of the service that could not apply it.
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode event = EventFixtures.indicator(code, "PERCENT", "DECREASE", 0);
        TopicProbe probe = TopicProbe.onSharedBroker();
        probe.send("report-service.indicator.events.dlq", code, event.toString(), Map.of(
            EventHeaders.CONTENT_TYPE, EventHeaders.STRUCTURED,
            "dead-letter-topic", "indicator.events", "dead-letter-reason", "could not be applied then"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TestIdentity.as(TestIdentity.analyst())
            .get("/api/v1/read-model").then().statusCode(200).extract().jsonPath()
            .getLong("topics.find { it.topic == 'indicator.events' }.deadLetters") > 0);
        assertThat(known(code)).isFalse();

        TestIdentity.as(TestIdentity.analyst()).post("/api/v1/read-model/dead-letters/replay").then().statusCode(403);
        JsonPath replay = TestIdentity.as(TestIdentity.admin()).post("/api/v1/read-model/dead-letters/replay")
            .then().statusCode(200).extract().jsonPath();
        assertThat(replay.getLong("topics['report-service.indicator.events.dlq']")).isPositive();
        assertThat(replay.getLong("replayed")).isPositive();

        var replayed = probe.await("indicator.events", r -> code.equals(r.key())
            && r.headers().lastHeader("nua-replayed-from") != null, Duration.ofSeconds(20)).get(0);
        assertThat(replayed.headers().lastHeader("dead-letter-reason")).isNull();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> known(code));
    }

    private static boolean known(String indicator) {
        return given().queryParam("indicator", indicator).get("/api/v1/progress").statusCode() != 404;
    }

    @Test
    void onlyStaffSeeIt() {
        given().when().get("/api/v1/read-model").then().statusCode(401);
        TestIdentity.as(TestIdentity.partner("JOR")).when().get("/api/v1/read-model").then().statusCode(403);
    }
}
