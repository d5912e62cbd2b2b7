package org.nua.country.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

import org.nua.country.domain.IndicatorReplica;
import org.nua.country.persistence.IndicatorReplicaRepository;
import org.nua.country.persistence.ProcessedEventRepository;

/** Applies catalogue events to the replica, idempotently: the ledger and the replica change together. */
@ApplicationScoped
public class IndicatorReplicaUpdater {

    private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() { };

    private final ObjectMapper json;
    private final IndicatorReplicaRepository replicas;
    private final ProcessedEventRepository ledger;

    IndicatorReplicaUpdater(ObjectMapper json, IndicatorReplicaRepository replicas, ProcessedEventRepository ledger) {
        this.json = json;
        this.replicas = replicas;
        this.ledger = ledger;
    }

    /** Applies one record of indicator.events, with its ledger entry, in one transaction. */
    @Transactional
    public void apply(String record) {
        JsonNode envelope = parse(record);
        UUID id = uuid(envelope);
        String type = text(envelope, "type");
        if (!ledger.markProcessed(id, Instant.now())) {
            Log.debugf("Event %s was applied before; skipped", id);
            return;
        }
        if (!type.startsWith("indicator.")) {
            Log.debugf("Event type %s is not for the replica; skipped", type);
            return;
        }
        JsonNode data = envelope.path("data");
        String code = text(data, "code");
        IndicatorReplica.Snapshot snapshot = new IndicatorReplica.Snapshot(code, names(data), text(data, "unit"),
            optional(data, "desiredDirection"), data.path("status").asText("ACTIVE"), seriesUnits(data),
            number(data, "minValue"), number(data, "maxValue"), dimensions(data), data.path("version").asInt(), instant(data, "updatedAt"));
        replicas.findForUpdate(code).ifPresentOrElse(replica -> {
            if (replica.apply(snapshot)) {
                Log.infof("Catalogue replica: %s is now at version %d (%s)", code, snapshot.version(), type);
            }
        }, () -> {
            replicas.persist(new IndicatorReplica(snapshot));
            Log.infof("Catalogue replica: %s added at version %d (%s)", code, snapshot.version(), type);
        });
    }

    private static Map<String, String> seriesUnits(JsonNode data) {
        Map<String, String> units = new java.util.TreeMap<>();
        for (JsonNode series : data.path("series")) {
            units.put(text(series, "code"), text(series, "unit"));
        }
        return units;
    }

    private static java.math.BigDecimal number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.decimalValue() : null;
    }

    private static List<String> dimensions(JsonNode data) {
        List<String> dimensions = new java.util.ArrayList<>();
        data.path("dimensions").forEach(d -> dimensions.add(d.asText()));
        return dimensions;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private JsonNode parse(String record) {
        if (record == null) {
            throw new PoisonEventException("empty record");
        }
        try {
            return json.readTree(record);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private Map<String, String> names(JsonNode data) {
        if (!data.path("names").isObject()) {
            throw new PoisonEventException("data.names is missing");
        }
        return json.convertValue(data.get("names"), NAMES);
    }

    private static Instant instant(JsonNode node, String field) {
        try {
            return Instant.parse(text(node, field));
        } catch (java.time.format.DateTimeParseException e) {
            throw new PoisonEventException(field + " is not an ISO-8601 instant", e);
        }
    }

    private static UUID uuid(JsonNode envelope) {
        try {
            return UUID.fromString(text(envelope, "id"));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("id is not a UUID", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new PoisonEventException(field + " is missing");
        }
        return value.asText();
    }
}
