package org.nua.report.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.nua.platform.events.OwnedTopic;
import org.nua.platform.events.OwnedTopics;
import org.nua.report.config.ReportsConfig;

/**
 * The two topics report-service owns: report.jobs with enough partitions for several instances to share the
 * work, report.events kept a week. Their names are the ones the outgoing channels send to
 * (application.properties), so the topic created is always the topic written.
 */
@ApplicationScoped
public class ReportTopics implements OwnedTopics {

    private final String jobsTopic;
    private final String eventsTopic;
    private final ReportsConfig config;

    ReportTopics(@ConfigProperty(name = "mp.messaging.outgoing." + Topics.REPORT_JOBS_OUT + ".topic") String jobsTopic,
                 @ConfigProperty(name = "mp.messaging.outgoing." + Topics.REPORT_EVENTS_OUT + ".topic")
                 String eventsTopic,
                 ReportsConfig config) {
        this.jobsTopic = jobsTopic;
        this.eventsTopic = eventsTopic;
        this.config = config;
    }

    @Override
    public List<OwnedTopic> topics() {
        return List.of(new OwnedTopic(jobsTopic, config.jobPartitions(), Map.of()),
            new OwnedTopic(eventsTopic, 3,
                Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(TimeUnit.DAYS.toMillis(7)))));
    }
}
