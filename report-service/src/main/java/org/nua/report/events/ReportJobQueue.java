package org.nua.report.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Puts a report's id on report.jobs, where any instance's worker takes it. A send that fails is not an error to
 * the requester: the job is already stored as QUEUED, and the sweeper sends it again.
 */
@ApplicationScoped
public class ReportJobQueue {

    private final Emitter<String> jobs;
    private final ReportTopicDeclarations topics;

    ReportJobQueue(@Channel(Topics.REPORT_JOBS_OUT) Emitter<String> jobs, ReportTopicDeclarations topics) {
        this.jobs = jobs;
        this.topics = topics;
    }

    /** @return whether the broker acknowledged the message */
    public boolean send(UUID reportId) {
        if (!topics.ensureDeclared()) {
            return false;
        }
        return AcknowledgedSend.send(jobs, Message.of(reportId.toString())
            .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(reportId.toString()).build()),
            "Report job " + reportId);
    }
}
