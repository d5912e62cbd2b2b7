package org.nua.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An event waiting to be published, written in the same transaction as the change it describes (by
 * {@link OutboxAppender}, with a plain insert) and read here by the relay, which maps only the columns it uses.
 * Column names follow Debezium's outbox convention so a CDC relay could replace the polling one.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    private Long id;

    @Column(name = "event_id", nullable = false, unique = true, updatable = false)
    private UUID eventId;

    @Column(name = "aggregateid", nullable = false, updatable = false)
    private String aggregateId;

    @Column(nullable = false, updatable = false)
    private String type;

    @Column(nullable = false, updatable = false)
    private String topic;

    /**
     * The whole envelope as it goes on the wire, UTF-8 JSON. Bytes, neither jsonb nor text: the relay sends
     * them as they are, and an event of a thousand observations would otherwise be parsed into jsonb and printed
     * back, or decoded and encoded again, for nothing.
     */
    @Column(nullable = false, updatable = false)
    private byte[] payload;

    @Column(nullable = false, updatable = false)
    private boolean republished;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected OutboxEvent() {
    }

    public Long id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public byte[] payload() {
        return payload;
    }

    /** True when the event states its aggregate's current state again rather than a change. */
    public boolean republished() {
        return republished;
    }
}
