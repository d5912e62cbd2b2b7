package org.nua.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.nua.platform.events.EventHeaders;
import org.nua.testsupport.ReferenceData;
import org.nua.testsupport.TopicProbe;

/**
 * Publishes events as the producing services would, starting from the golden examples in docs/events and
 * filling them with the real data of deploy/data.
 */
public final class EventFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventFixtures() {
    }

    public static ObjectNode golden(String type) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(
                Files.readString(ReferenceData.eventExamples().resolve(type + ".json")));
            event.put("id", UUID.randomUUID().toString());
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nine countries, with their CLDR names and WDI urban population, as country-service publishes them. */
    public static void publishCountries() {
        for (Map<String, String> names : ReferenceData.rows("country_names_cldr_jdk17.csv")) {
            Map<String, String> reference = ReferenceData.row("country_reference_9countries.csv",
                r -> r.get("iso3").equals(names.get("iso3")));
            ObjectNode event = golden("country.published.v1");
            ObjectNode data = (ObjectNode) event.get("data");
            data.put("code", names.get("iso3")).put("iso2", reference.get("iso2"))
                .put("m49", reference.get("iso_numeric_m49")).put("region", reference.get("m49_region"))
                .put("regionM49", reference.get("m49_region_code")).put("subRegion", reference.get("m49_sub_region"))
                .put("subRegionM49", reference.get("m49_sub_region_code"))
                .put("officialName", reference.get("official_name_en")).put("capital", reference.get("capital"));
            ObjectNode population = data.putObject("urbanPopulation");
            ReferenceData.rows("wdi_urban_development_9countries.csv").stream()
                .filter(r -> r.get("iso3").equals(names.get("iso3")) && r.get("indicator_code").equals("SP.URB.TOTL"))
                .forEach(r -> population.put(r.get("year"), Long.parseLong(r.get("value"))));
            ObjectNode nativeNames = data.putObject("nativeNames");
            for (String pair : reference.get("native_names").split("\\|")) {
                String[] languageAndName = pair.trim().split(":", 2);
                nativeNames.put(languageAndName[0], languageAndName[1]);
            }
            ObjectNode localized = data.putObject("names");
            names.forEach((column, value) -> {
                if (column.startsWith("name_")) {
                    localized.put(column.substring("name_".length()), value);
                }
            });
            publish("country.events", event.put("subject", names.get("iso3")));
        }
    }

    public static void publishIndicator(String code, String unit, String direction, int version) {
        publish("indicator.events", indicator(code, unit, direction, version));
    }

    /** The golden indicator.published.v1 example for another code, unit and direction. */
    public static ObjectNode indicator(String code, String unit, String direction, int version) {
        ObjectNode event = golden("indicator.published.v1");
        ((ObjectNode) event.get("data")).put("code", code).put("unit", unit).put("desiredDirection", direction)
            .put("version", version);
        return event.put("subject", code);
    }

    public static ObjectNode observation(String country, String indicator, String series, int year, BigDecimal value,
                                         String unit, int revision) {
        ObjectNode event = golden(revision == 1 ? "observation.recorded.v1" : "observation.revised.v1");
        ((ObjectNode) event.get("data")).put("countryCode", country).put("indicatorCode", indicator);
        ((ObjectNode) event.at("/data/observations/0")).put("seriesCode", series).put("year", year)
            .put("value", value).put("unit", unit).put("revision", revision);
        return event.put("subject", country + ":" + indicator);
    }

    /** An observation recorded at a given instant: what as-of reads and reproducible reports go by. */
    public static ObjectNode observation(String country, String indicator, String series, int year, BigDecimal value,
                                         String unit, int revision, java.time.Instant recordedAt) {
        ObjectNode event = observation(country, indicator, series, year, value, unit, revision);
        ((ObjectNode) event.at("/data/observations/0")).put("recordedAt", recordedAt.toString());
        return event;
    }

    public static void publish(String topic, ObjectNode event) {
        TopicProbe.onSharedBroker().send(topic, event.get("subject").asText(), event.toString(),
            Map.of(EventHeaders.CONTENT_TYPE, EventHeaders.STRUCTURED));
    }
}
