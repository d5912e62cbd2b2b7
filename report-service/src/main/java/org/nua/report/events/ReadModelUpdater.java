package org.nua.report.events;

import static org.nua.platform.events.EventFields.decimal;
import static org.nua.platform.events.EventFields.instant;
import static org.nua.platform.events.EventFields.integer;
import static org.nua.platform.events.EventFields.optionalDecimal;
import static org.nua.platform.events.EventFields.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nua.platform.events.IncomingEvent;
import org.nua.platform.events.PoisonEventException;
import org.nua.platform.events.ProcessedEventLedger;
import org.nua.report.domain.CountryView;
import org.nua.report.domain.IndicatorView;
import org.nua.report.domain.ObservationFact;
import org.nua.report.persistence.ReadModelRepository;

/**
 * Applies one event to the read model, with its ledger entry, in one transaction: a redelivered event finds
 * its id in the ledger and has no second effect. Event types this version does not know are skipped, so a
 * producer can add types without breaking this consumer.
 */
@ApplicationScoped
public class ReadModelUpdater {

    private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() { };

    private final ObjectMapper json;
    private final ReadModelRepository readModel;
    private final ProcessedEventLedger ledger;

    ReadModelUpdater(ObjectMapper json, ReadModelRepository readModel, ProcessedEventLedger ledger) {
        this.json = json;
        this.readModel = readModel;
        this.ledger = ledger;
    }

    @Transactional
    public void apply(String record) {
        IncomingEvent event = IncomingEvent.read(json, record);
        String type = event.type();
        JsonNode data = event.data();
        if (!ledger.markProcessed(event.id())) {
            return;
        }
        switch (type) {
            case "indicator.published.v1", "indicator.updated.v1", "indicator.retired.v1" ->
                readModel.upsert(new IndicatorView(text(data, "code"), names(data), text(data, "unit"),
                    optional(data, "desiredDirection"), integer(data, "version"), new IndicatorView.Targets(
                        optionalDecimal(data, "targetValue"),
                        data.path("targetYear").canConvertToInt() ? data.path("targetYear").asInt() : null,
                        data.path("targetIsConvention").asBoolean(false), optionalDecimal(data, "minValue"),
                        optionalDecimal(data, "maxValue")), new IndicatorView.Placement(optional(data, "framework"),
                        optional(data, "goal"), optional(data, "target"))));
            case "country.published.v1", "country.updated.v1" ->
                readModel.upsert(new CountryView(text(data, "code"), names(data), text(data, "m49"),
                    text(data, "region"), text(data, "subRegion"), optional(data, "subRegionM49"),
                    urbanPopulation(data), nativeNames(data), integer(data, "version")));
            case "observation.recorded.v1", "observation.revised.v1" -> {
                List<ObservationFact> revisions = new ArrayList<>();
                for (JsonNode item : observations(data)) {
                    revisions.add(new ObservationFact(observationKey(data, item), decimal(item, "value"),
                        text(item, "unit"), optional(item, "nature"), optional(item, "source"),
                        integer(item, "revision"), instant(item, "recordedAt")));
                }
                readModel.apply(revisions);
            }
            case "observation.withdrawn.v1" -> {
                List<ObservationFact> withdrawals = new ArrayList<>();
                for (JsonNode item : observations(data)) {
                    withdrawals.add(ObservationFact.withdrawal(observationKey(data, item), integer(item, "revision"),
                        instant(item, "withdrawnAt")));
                }
                readModel.apply(withdrawals);
            }
            default -> Log.debugf("Event type %s is not used by the read model; skipped", type);
        }
    }

    /** The observations an event carries: one write's changes to one country's indicator. */
    private static JsonNode observations(JsonNode data) {
        JsonNode observations = data.path("observations");
        if (!observations.isArray()) {
            throw new PoisonEventException("data.observations is missing");
        }
        return observations;
    }

    /** The natural key: country and indicator from the event, the rest from the observation. */
    private static ObservationFact.Key observationKey(JsonNode data, JsonNode item) {
        JsonNode breakdown = item.path("disaggregation");
        if (!breakdown.isMissingNode() && !breakdown.isNull() && !breakdown.isObject()) {
            throw new PoisonEventException("disaggregation is not an object");
        }
        SortedMap<String, String> dimensions = new TreeMap<>();
        breakdown.fields().forEachRemaining(e -> dimensions.put(e.getKey(), e.getValue().asText()));
        String canonical = dimensions.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(";"));
        String city = item.path("cityCode").isTextual() ? item.path("cityCode").asText() : "";
        return new ObservationFact.Key(text(data, "countryCode"), text(data, "indicatorCode"),
            item.path("seriesCode").asText(""), city, canonical, (short) integer(item, "year"));
    }

    private Map<String, String> names(JsonNode data) {
        if (!data.path("names").isObject() || !data.path("names").path("en").isTextual()) {
            throw new PoisonEventException("data.names.en is missing");
        }
        return json.convertValue(data.get("names"), NAMES);
    }

    /** Optional: a snapshot without native names (older producers) gives none. */
    private Map<String, String> nativeNames(JsonNode data) {
        JsonNode names = data.path("nativeNames");
        if (!names.isObject()) {
            return Map.of();
        }
        Map<String, String> textual = new TreeMap<>();
        names.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual() && !e.getValue().asText().isBlank()) {
                textual.put(e.getKey(), e.getValue().asText());
            }
        });
        return textual;
    }

    /** Year to urban population; years without a whole number are left out rather than guessed. */
    private static Map<String, Long> urbanPopulation(JsonNode data) {
        Map<String, Long> population = new TreeMap<>();
        data.path("urbanPopulation").fields().forEachRemaining(e -> {
            if (e.getKey().matches("\\d{4}") && e.getValue().canConvertToLong() && e.getValue().asLong() > 0) {
                population.put(e.getKey(), e.getValue().asLong());
            }
        });
        return population;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
