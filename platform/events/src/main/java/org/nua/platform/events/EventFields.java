package org.nua.platform.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the fields of an event's data: a required field that is missing or of the wrong kind makes the record
 * poison (it goes to the dead-letter topic with this reason); an optional one is null when absent.
 */
public final class EventFields {

    private EventFields() {
    }

    /** A required, non-blank string. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new PoisonEventException(field + " is missing");
        }
        return value.asText();
    }

    public static int integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.canConvertToInt()) {
            throw new PoisonEventException(field + " is not an integer");
        }
        return value.asInt();
    }

    public static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isNumber()) {
            throw new PoisonEventException(field + " is not a number");
        }
        return value.decimalValue();
    }

    /** A number, or null when the field is absent or not a number. */
    public static BigDecimal optionalDecimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.decimalValue() : null;
    }

    public static Instant instant(JsonNode node, String field) {
        try {
            return Instant.parse(text(node, field));
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(field + " is not an ISO-8601 instant", e);
        }
    }
}
