package org.nua.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The JSON body of every record the services publish. Attribute names follow CloudEvents, so that a later
 * switch to CloudEvents binary mode renames nothing.
 *
 * @param id      unique per event; consumers deduplicate on it
 * @param type    for example {@code indicator.published.v1}
 * @param source  the producing service
 * @param time    when the change was committed
 * @param subject the aggregate id, also the record key
 * @param data    the event's payload, a record of package {@code events.v1}
 */
public record EventEnvelope(UUID id, String type, String source, Instant time, String subject, Object data) {
}
