package org.nua.platform.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The JSON body of every record the services publish: a CloudEvents 1.0 event in structured mode (JSON event
 * format), so that any CloudEvents SDK reads it as it is; the Kafka record says so in its {@code content-type}
 * header ({@link EventHeaders}). The AsyncAPI document (docs/asyncapi.yaml) describes every topic and type.
 *
 * @param id      unique per event; consumers deduplicate on it
 * @param type    for example {@code indicator.published.v1}
 * @param source  the producing service
 * @param time    when the change was committed, to the microsecond: the platform's clock ticks in microseconds,
 *                as PostgreSQL stores instants
 * @param subject the aggregate id, also the record key
 * @param data    the event's payload, a record of package {@code events.v1}
 */
@JsonPropertyOrder({"specversion", "id", "type", "source", "time", "subject", "datacontenttype", "data"})
public record EventEnvelope(UUID id, String type, String source, Instant time, String subject, Object data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";

    @JsonProperty("specversion")
    public String specversion() {
        return SPEC_VERSION;
    }

    @JsonProperty("datacontenttype")
    public String datacontenttype() {
        return DATA_CONTENT_TYPE;
    }
}
