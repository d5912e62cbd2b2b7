package org.nua.report.events;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;

/**
 * Creates the two topics report-service owns before anything is sent to them, with the settings they need:
 * report.jobs with enough partitions for several instances to share the work, report.events kept a week.
 */
@ApplicationScoped
public class ReportTopicDeclarations {

    private final String bootstrapServers;
    private final String jobsTopic;
    private final String eventsTopic;
    private final int jobPartitions;
    private final short replicationFactor;
    private volatile boolean declared;

    ReportTopicDeclarations(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                            @ConfigProperty(name = "mp.messaging.outgoing.report-jobs-out.topic") String jobsTopic,
                            @ConfigProperty(name = "mp.messaging.outgoing.report-events-out.topic") String eventsTopic,
                            @ConfigProperty(name = "nua.reports.job-partitions", defaultValue = "6") int jobPartitions,
                            @ConfigProperty(name = "nua.reports.replication-factor", defaultValue = "1")
                            short replicationFactor) {
        this.bootstrapServers = bootstrapServers;
        this.jobsTopic = jobsTopic;
        this.eventsTopic = eventsTopic;
        this.jobPartitions = jobPartitions;
        this.replicationFactor = replicationFactor;
    }

    /** True once both topics exist; tries to create them otherwise. */
    public boolean ensureDeclared() {
        if (declared) {
            return true;
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        List<NewTopic> topics = List.of(new NewTopic(jobsTopic, jobPartitions, replicationFactor),
            new NewTopic(eventsTopic, 3, replicationFactor)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(TimeUnit.DAYS.toMillis(7)))));
        try (Admin admin = Admin.create(props)) {
            var results = admin.createTopics(topics).values();
            for (var result : results.values()) {
                try {
                    result.get(15, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            declared = true;
        } catch (ExecutionException e) {
            Log.warnf("Report topics not declared yet (%s); will retry", e.getCause().toString());
        } catch (TimeoutException e) {
            Log.warnf("Kafka at %s did not answer; report topics not declared yet", bootstrapServers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return declared;
    }
}
