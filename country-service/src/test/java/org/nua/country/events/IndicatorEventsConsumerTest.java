package org.nua.country.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nua.testsupport.TestIdentity.asAdmin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.nua.country.CatalogueFixture;
import org.nua.country.persistence.IndicatorReplicaRepository;
import org.nua.testsupport.TopicProbe;

@QuarkusTest
class IndicatorEventsConsumerTest {

    @Inject
    IndicatorReplicaRepository replicas;

    @Test
    void poisonRecordGoesToTheDeadLetterTopicWithItsReasonAndConsumptionGoesOn() {
        String marker = "poison-" + UUID.randomUUID();
        TopicProbe probe = TopicProbe.onSharedBroker();
        probe.send(Topics.INDICATOR_EVENTS, marker, "{ this is not json " + marker);

        ConsumerRecord<String, String> dead = probe.await("country-service.indicator.events.dlq",
            r -> marker.equals(r.key()), Duration.ofSeconds(30)).get(0);
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
            .contains("not JSON");

        // The next record on the same topic is applied: the poison did not stop the consumer.
        String code = CatalogueFixture.indicatorInReplica();
        assertThat(replica(code)).isPresent();
    }

    @Test
    void redeliveredAndStaleEventsHaveNoSecondEffect() {
        String code = CatalogueFixture.indicatorInReplica();
        ObjectNode newer = CatalogueFixture.publishedEvent(code, 3);
        ((ObjectNode) newer.get("data")).put("unit", "PERCENT");
        CatalogueFixture.publish(newer);
        CatalogueFixture.publish(newer);                              // redelivered: same event id
        CatalogueFixture.publish(CatalogueFixture.publishedEvent(code, 1)); // stale: an older version

        Awaitility.await().atMost(Duration.ofSeconds(20))
            .until(() -> replica(code).map(r -> r.version() == 3).orElse(false));
        // give the stale event time to arrive, then check it did not win
        String marker = CatalogueFixture.indicatorInReplica();
        assertThat(marker).isNotBlank();
        assertThat(replica(code).orElseThrow()).isEqualTo(new Replica(3, "PERCENT"));
    }

    @Test
    void updatedAndRetiredVersionsReachTheReplicaAndARetiredIndicatorTakesNoObservations() {
        String code = CatalogueFixture.indicatorInReplica();
        ObjectNode updated = CatalogueFixture.event("indicator.updated.v1", code);
        CatalogueFixture.publish(updated);
        Awaitility.await().atMost(Duration.ofSeconds(20))
            .until(() -> replica(code).map(r -> r.version() == 1).orElse(false));

        CatalogueFixture.publish(CatalogueFixture.event("indicator.retired.v1", code));
        Awaitility.await().atMost(Duration.ofSeconds(20))
            .until(() -> replica(code).map(r -> r.version() == 2).orElse(false));
        asAdmin().contentType("application/json")
            .body(java.util.Map.of("indicatorCode", code, "seriesCode", "EN_ATM_PM25", "year", 2016, "value", 1,
                "unit", "mgr/m^3"))
            .post("/api/v1/countries/JOR/observations")
            .then().statusCode(422).body("detail", org.hamcrest.Matchers.containsString("RETIRED"));
    }

    private record Replica(int version, String unit) {
    }

    private Optional<Replica> replica(String code) {
        return QuarkusTransaction.requiringNew().call(() ->
            replicas.findByCode(code).map(r -> new Replica(r.version(), r.unit())));
    }
}
