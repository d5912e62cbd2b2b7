package org.nua.platform.events;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An envelope as a consumer receives it (see {@link EventEnvelope}): its id, its type and its data. Reading one
 * that is not JSON, or lacks an id, a type or data, is a {@link PoisonEventException}: no retry can fix it.
 */
public record IncomingEvent(UUID id, String type, JsonNode data) {

    public static IncomingEvent read(ObjectMapper json, String record) {
        if (record == null) {
            throw new PoisonEventException("empty record");
        }
        JsonNode envelope;
        try {
            envelope = json.readTree(record);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("not JSON: " + e.getOriginalMessage(), e);
        }
        UUID id;
        try {
            id = UUID.fromString(EventFields.text(envelope, "id"));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("id is not a UUID", e);
        }
        String type = EventFields.text(envelope, "type");
        JsonNode data = envelope.path("data");
        if (!data.isObject()) {
            throw new PoisonEventException("data is missing");
        }
        return new IncomingEvent(id, type, data);
    }
}
