package org.nua.report.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.config.TopicConfig;

import org.nua.platform.events.OwnedTopic;
import org.nua.platform.events.OwnedTopics;
import org.nua.report.config.ReportsConfig;

/**
 * The two topics report-service owns: report.jobs with enough partitions for several instances to share the
 * work, report.events kept a week.
 */
@ApplicationScoped
public class ReportTopics implements OwnedTopics {

    private final ReportsConfig config;

    ReportTopics(ReportsConfig config) {
        this.config = config;
    }

    @Override
    public List<OwnedTopic> topics() {
        return List.of(new OwnedTopic(Topics.REPORT_JOBS, config.jobPartitions(), Map.of()),
            new OwnedTopic(Topics.REPORT_EVENTS, 3,
                Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(TimeUnit.DAYS.toMillis(7)))));
    }
}
