package org.nua.indicator.events;

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

import org.nua.indicator.config.EventsConfig;

/**
 * Creates the topics this service owns, with the settings they need, before anything is sent to them:
 * a broker that auto-created {@code indicator.events} would make it a deleting topic and lose the catalogue.
 */
@ApplicationScoped
public class TopicDeclarations {

    private final String bootstrapServers;
    private final EventsConfig config;
    private volatile boolean declared;

    TopicDeclarations(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, EventsConfig config) {
        this.bootstrapServers = bootstrapServers;
        this.config = config;
    }

    /** True once the topics exist; tries to create them otherwise. */
    public boolean ensureDeclared() {
        if (declared) {
            return true;
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        NewTopic catalogue = new NewTopic(Topics.INDICATOR_EVENTS, config.topicPartitions(),
            config.topicReplicationFactor())
            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(catalogue)).all().get(15, TimeUnit.SECONDS);
            declared = true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                declared = true;
            } else {
                Log.warnf("Topic %s not declared yet (%s); will retry", Topics.INDICATOR_EVENTS,
                    e.getCause().toString());
            }
        } catch (TimeoutException e) {
            Log.warnf("Kafka at %s did not answer; topic %s not declared yet", bootstrapServers,
                Topics.INDICATOR_EVENTS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return declared;
    }
}
