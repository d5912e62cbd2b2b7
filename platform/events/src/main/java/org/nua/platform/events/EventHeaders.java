package org.nua.platform.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The Kafka headers every published event carries. The record is a CloudEvent in structured mode (the Kafka
 * protocol binding of CloudEvents 1.0): its value is the whole event, and the {@code content-type} header says
 * so. No {@code ce_} header may be added: an SDK that sees one reads the record in binary mode instead, and
 * takes the value for the data alone.
 */
public final class EventHeaders {

    /** The Kafka protocol binding's name for the record's media type. */
    public static final String CONTENT_TYPE = "content-type";
    public static final String STRUCTURED = "application/cloudevents+json; charset=UTF-8";

    /** Marks an event that states its aggregate's current state again, rather than a change. */
    public static final String REPUBLISHED = "nua-republished";

    private EventHeaders() {
    }

    public static Headers structured() {
        return new RecordHeaders().add(CONTENT_TYPE, STRUCTURED.getBytes(StandardCharsets.UTF_8));
    }

    /** The headers of an event republished from its owner's state ({@link #REPUBLISHED}). */
    public static Headers republished() {
        return structured().add(REPUBLISHED, "true".getBytes(StandardCharsets.UTF_8));
    }
}
