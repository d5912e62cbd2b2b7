package org.nua.country;


import static org.nua.testsupport.TestIdentity.asAdmin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.nua.platform.events.EventHeaders;
import org.nua.testsupport.ReferenceData;
import org.nua.testsupport.TopicProbe;

/** Puts indicators into country-service's replica the way production does: as events on indicator.events. */
public final class CatalogueFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogueFixture() {
    }

    /** The golden indicator.published.v1 example, re-keyed to a fresh code and id. */
    public static ObjectNode publishedEvent(String code, int version) {
        ObjectNode event = event("indicator.published.v1", code);
        ((ObjectNode) event.get("data")).put("version", version);
        return event;
    }

    /** A golden example of an indicator event type, re-keyed to the given code and a fresh id. */
    public static ObjectNode event(String type, String code) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(
                Files.readString(ReferenceData.eventExamples().resolve(type + ".json")));
            event.put("id", UUID.randomUUID().toString()).put("subject", code);
            ((ObjectNode) event.get("data")).put("code", code);
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void publish(ObjectNode event) {
        TopicProbe.onSharedBroker().send("indicator.events", event.get("subject").asText(), event.toString(),
            Map.of(EventHeaders.CONTENT_TYPE, EventHeaders.STRUCTURED));
    }

    /** Publishes a new indicator (unit mgr/m^3, like 11.6.2) and waits until the replica accepts observations of it. */
    public static String indicatorInReplica() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        publish(publishedEvent(code, 0));
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
            .until(() -> replicaKnows(code));
        return code;
    }

    public static boolean replicaKnows(String code) {
        // An observation in the wrong unit is refused for its unit only once the indicator is known.
        return asAdmin().contentType("application/json")
            .body(Map.of("indicatorCode", code, "year", 2000, "value", 1, "unit", "?"))
            .post("/api/v1/countries/JOR/observations")
            .then().extract().jsonPath().getList("errors.pointer").contains("/unit");
    }
}
