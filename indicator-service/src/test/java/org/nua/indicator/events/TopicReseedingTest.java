package org.nua.indicator.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import org.nua.indicator.domain.DesiredDirection;
import org.nua.indicator.domain.IndicatorDefinition;
import org.nua.indicator.domain.IndicatorQuery;
import org.nua.indicator.domain.IndicatorService;
import org.nua.indicator.domain.IndicatorStatus;
import org.nua.platform.events.OwnedTopicCreated;
import org.nua.testsupport.TestIdentity;
import org.nua.testsupport.TopicProbe;

@QuarkusTest
class TopicReseedingTest {

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    IndicatorService service;

    @Inject
    Event<OwnedTopicCreated> created;

    @Test
    void everyIndicatorIsWrittenAgainInItsCurrentStateAndMarkedAsRepublished() throws Exception {
        String active = "RESEED-" + UUID.randomUUID().toString().substring(0, 6);
        String retired = "RESEED-" + UUID.randomUUID().toString().substring(0, 6);
        service.create(active, IndicatorStatus.ACTIVE, definition(active));
        service.create(retired, IndicatorStatus.ACTIVE, definition(retired));
        service.retire(retired, 0);

        TestIdentity.as(TestIdentity.analyst()).post("/api/v1/topics/indicator.events/republish")
            .then().statusCode(403);
        long events = TestIdentity.asAdmin().post("/api/v1/topics/indicator.events/republish")
            .then().statusCode(200).extract().jsonPath().getLong("events");
        assertThat(events).isEqualTo(service.count(new IndicatorQuery(null, null, null, null, null, null)));

        assertThat(republished(active)).extracting(this::typeAndVersion).containsExactly("indicator.published.v1 0");
        assertThat(republished(retired)).extracting(this::typeAndVersion).containsExactly("indicator.retired.v1 1");
    }

    @Test
    void aTopicFoundMissingIsReseededFromTheCatalogue() throws Exception {
        String code = "RESEED-" + UUID.randomUUID().toString().substring(0, 6);
        service.create(code, IndicatorStatus.ACTIVE, definition(code));
        created.fireAsync(new OwnedTopicCreated(Topics.INDICATOR_EVENTS)).toCompletableFuture().get();
        assertThat(republished(code)).hasSize(1);
    }

    private List<ConsumerRecord<String, String>> republished(String code) {
        return TopicProbe.onSharedBroker().collect(Topics.INDICATOR_EVENTS, r -> code.equals(r.key())
            && r.headers().lastHeader("nua-republished") != null
            && "true".equals(new String(r.headers().lastHeader("nua-republished").value(), StandardCharsets.UTF_8)),
            Duration.ofSeconds(5));
    }

    private String typeAndVersion(ConsumerRecord<String, String> record) {
        try {
            JsonNode event = json.readTree(record.value());
            return event.get("type").asText() + " " + event.at("/data/version").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static IndicatorDefinition definition(String name) {
        return new IndicatorDefinition("PROJECT", null, null, Map.of("en", name), null, null, "NUMBER", null,
            DesiredDirection.INCREASE, null, null, null, null, null, null, false, null, null, null, null, null, null,
            null);
    }
}
