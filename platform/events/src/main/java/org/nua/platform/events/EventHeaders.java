package org.nua.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** The Kafka headers every published event carries, so a consumer can route or skip it without parsing. */
public final class EventHeaders {

    private EventHeaders() {
    }

    public static Headers of(UUID id, String type) {
        return new RecordHeaders()
            .add("ce_id", id.toString().getBytes(StandardCharsets.UTF_8))
            .add("ce_type", type.getBytes(StandardCharsets.UTF_8));
    }
}
