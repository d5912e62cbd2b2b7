package org.nua.report.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.nua.report.EventFixtures;
import org.nua.testsupport.TestIdentity;

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
    void onlyStaffSeeIt() {
        given().when().get("/api/v1/read-model").then().statusCode(401);
        TestIdentity.as(TestIdentity.partner("JOR")).when().get("/api/v1/read-model").then().statusCode(403);
    }
}
