package org.nua.report.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.nua.platform.events.EventEnvelope;
import org.nua.platform.events.EventHeaders;
import org.nua.platform.events.TopicDeclarations;
import org.nua.report.domain.report.ArtifactSummary;
import org.nua.report.domain.report.Report;
import org.nua.report.domain.report.ReportEndings;
import org.nua.report.domain.report.ReportStatus;

/**
 * Announces on report.events that a report is done ({@code report.completed.v1}, with its files) or failed
 * ({@code report.failed.v1}). The envelope is the one every service uses (docs/events). A report's ending is
 * marked announced only once the broker acknowledged it; until then the sweeper announces it again, so an
 * ending is never lost, and a repeat carries the same event id for consumers to recognise.
 */
@ApplicationScoped
public class ReportAnnouncements implements ReportEndings {

    public static final String COMPLETED = "report.completed.v1";
    public static final String FAILED = "report.failed.v1";

    private final Emitter<String> events;
    private final TopicDeclarations topics;
    private final ObjectMapper json;
    private final Clock clock;

    ReportAnnouncements(@Channel(Topics.REPORT_EVENTS_OUT) Emitter<String> events, TopicDeclarations topics,
                        ObjectMapper json, Clock clock) {
        this.events = events;
        this.topics = topics;
        this.json = json;
        this.clock = clock;
    }

    /** @return whether the broker acknowledged the event */
    @Override
    public boolean announce(Report report, List<ArtifactSummary> artifacts) {
        if (!topics.ensureDeclared()) {
            return false;
        }
        String type = report.status() == ReportStatus.DONE ? COMPLETED : FAILED;
        ObjectNode data = json.createObjectNode().put("reportId", report.id().toString())
            .put("reportType", report.type().name()).put("language", report.language().tag())
            .put("asOf", report.asOf().toString()).put("status", report.status().name())
            .put("finishedAt", report.finishedAt().toString());
        data.set("parameters", json.valueToTree(report.parameters()));
        if (report.status() == ReportStatus.DONE) {
            ArrayNode files = data.putArray("artifacts");
            artifacts.forEach(a -> files.addObject().put("format", a.format().extension())
                .put("mediaType", a.mediaType()).put("sizeBytes", a.sizeBytes()).put("sha256", a.sha256())
                .put("href", "/api/v1/reports/" + report.id() + "/" + a.format().extension()));
        } else {
            data.put("error", report.error());
        }
        // The id derives from the report and the ending, so that announcing again repeats the same event.
        EventEnvelope envelope = new EventEnvelope(
            UUID.nameUUIDFromBytes((report.id() + type).getBytes(StandardCharsets.UTF_8)), type, "report-service",
            Instant.now(clock), report.id().toString(), data);
        String payload;
        try {
            payload = json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " cannot be serialised", e);
        }
        return AcknowledgedSend.send(events, Message.of(payload)
            .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(envelope.subject())
                .withHeaders(EventHeaders.structured()).build()), "The ending of report " + report.id());
    }
}
