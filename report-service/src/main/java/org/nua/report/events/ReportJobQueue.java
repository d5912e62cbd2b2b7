package org.nua.report.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.nua.platform.events.TopicDeclarations;
import org.nua.report.domain.report.ReportJobs;

/**
 * Puts a report's id on report.jobs, where any instance's worker takes it. A send that fails is not an error to
 * the requester: the job is already stored as QUEUED, and the sweeper sends it again.
 */
@ApplicationScoped
public class ReportJobQueue implements ReportJobs {

    private final Emitter<String> jobs;
    private final TopicDeclarations topics;

    ReportJobQueue(@Channel(Topics.REPORT_JOBS_OUT) Emitter<String> jobs, TopicDeclarations topics) {
        this.jobs = jobs;
        this.topics = topics;
    }

    /** Creates report.jobs and report.events at start, before anything is sent to them. */
    void declareTopics(@Observes StartupEvent start) {
        topics.ensureDeclared();
    }

    /** @return whether the broker acknowledged the message */
    @Override
    public boolean send(UUID reportId) {
        if (!topics.ensureDeclared()) {
            return false;
        }
        return AcknowledgedSend.send(jobs, Message.of(reportId.toString())
            .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(reportId.toString()).build()),
            "Report job " + reportId);
    }
}
