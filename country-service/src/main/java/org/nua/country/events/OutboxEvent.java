package org.nua.country.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


/**
 * An event waiting to be published, written in the same transaction as the change it describes.
 * Column names follow Debezium's outbox convention so a CDC relay could replace the polling one.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false, unique = true, updatable = false)
    private UUID eventId;

    @Column(name = "aggregatetype", nullable = false, updatable = false)
    private String aggregateType;

    @Column(name = "aggregateid", nullable = false, updatable = false)
    private String aggregateId;

    @Column(nullable = false, updatable = false)
    private String type;

    @Column(nullable = false, updatable = false)
    private String topic;

    /**
     * The whole envelope as it goes on the wire. Text, not jsonb: the relay sends it as it is, and an event of
     * a thousand observations would otherwise be parsed into jsonb and printed back for nothing.
     */
    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected OutboxEvent() {
    }

    public OutboxEvent(EventEnvelope envelope, String aggregateType, String topic, String payload) {
        this.eventId = envelope.id();
        this.aggregateType = aggregateType;
        this.aggregateId = envelope.subject();
        this.type = envelope.type();
        this.topic = topic;
        this.payload = payload;
        this.createdAt = envelope.time();
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

    public String payload() {
        return payload;
    }
}
