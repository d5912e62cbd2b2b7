package org.nua.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** The Kafka headers every published event carries, so a consumer can route or skip it without parsing. */
public final class EventHeaders {

    /** Marks an event that states its aggregate's current state again, rather than a change. */
    public static final String REPUBLISHED = "nua-republished";

    private EventHeaders() {
    }

    public static Headers of(UUID id, String type) {
        return new RecordHeaders()
            .add("ce_id", id.toString().getBytes(StandardCharsets.UTF_8))
            .add("ce_type", type.getBytes(StandardCharsets.UTF_8));
    }

    /** The headers of an event republished from its owner's state ({@link #REPUBLISHED}). */
    public static Headers republished(UUID id, String type) {
        return of(id, type).add(REPUBLISHED, "true".getBytes(StandardCharsets.UTF_8));
    }
}
