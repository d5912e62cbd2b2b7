package org.nua.country.events;

import static org.nua.platform.events.EventFields.instant;
import static org.nua.platform.events.EventFields.optionalDecimal;
import static org.nua.platform.events.EventFields.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nua.country.domain.IndicatorReplica;
import org.nua.country.persistence.IndicatorReplicaRepository;
import org.nua.platform.events.IncomingEvent;
import org.nua.platform.events.PoisonEventException;
import org.nua.platform.events.ProcessedEventLedger;

/** Applies catalogue events to the replica, idempotently: the ledger and the replica change together. */
@ApplicationScoped
public class IndicatorReplicaUpdater {

    private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() { };

    private final ObjectMapper json;
    private final IndicatorReplicaRepository replicas;
    private final ProcessedEventLedger ledger;

    IndicatorReplicaUpdater(ObjectMapper json, IndicatorReplicaRepository replicas, ProcessedEventLedger ledger) {
        this.json = json;
        this.replicas = replicas;
        this.ledger = ledger;
    }

    /** Applies one record of indicator.events, with its ledger entry, in one transaction. */
    @Transactional
    public void apply(String record) {
        IncomingEvent event = IncomingEvent.read(json, record);
        String type = event.type();
        if (!ledger.markProcessed(event.id())) {
            return;
        }
        if (!type.startsWith("indicator.")) {
            Log.debugf("Event type %s is not for the replica; skipped", type);
            return;
        }
        JsonNode data = event.data();
        String code = text(data, "code");
        IndicatorReplica.Snapshot snapshot = new IndicatorReplica.Snapshot(code, names(data), text(data, "unit"),
            optional(data, "desiredDirection"), data.path("status").asText("ACTIVE"), seriesUnits(data),
            optionalDecimal(data, "minValue"), optionalDecimal(data, "maxValue"), dimensions(data),
            data.path("version").asInt(), instant(data, "updatedAt"));
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
        Map<String, String> units = new TreeMap<>();
        for (JsonNode series : data.path("series")) {
            units.put(text(series, "code"), text(series, "unit"));
        }
        return units;
    }


    private static List<String> dimensions(JsonNode data) {
        List<String> dimensions = new ArrayList<>();
        data.path("dimensions").forEach(d -> dimensions.add(d.asText()));
        return dimensions;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }


    private Map<String, String> names(JsonNode data) {
        if (!data.path("names").isObject()) {
            throw new PoisonEventException("data.names is missing");
        }
        return json.convertValue(data.get("names"), NAMES);
    }



}
