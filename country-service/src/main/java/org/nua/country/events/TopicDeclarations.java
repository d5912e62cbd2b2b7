package org.nua.country.events;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;

import org.nua.country.config.EventsConfig;

/**
 * Creates the topics this service owns, with the settings they need, before anything is sent to them: a
 * broker that auto-created them would make {@code country.events} a deleting topic and expire observations.
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
        List<NewTopic> topics = List.of(
            topic(Topics.COUNTRY_EVENTS, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
            // report-service rebuilds its read model by replaying every observation ever recorded.
            topic(Topics.OBSERVATION_EVENTS, Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")));
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        try (Admin admin = Admin.create(props)) {
            CreateTopicsResult result = admin.createTopics(topics);
            boolean all = true;
            for (NewTopic topic : topics) {
                all &= created(result, topic.name());
            }
            declared = all;
        }
        return declared;
    }

    private NewTopic topic(String name, Map<String, String> configs) {
        return new NewTopic(name, config.topicPartitions(), config.topicReplicationFactor()).configs(configs);
    }

    private boolean created(CreateTopicsResult result, String topic) {
        try {
            result.values().get(topic).get(15, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return true;
            }
            Log.warnf("Topic %s not declared yet (%s); will retry", topic, e.getCause().toString());
        } catch (TimeoutException e) {
            Log.warnf("Kafka at %s did not answer; topic %s not declared yet", bootstrapServers, topic);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
