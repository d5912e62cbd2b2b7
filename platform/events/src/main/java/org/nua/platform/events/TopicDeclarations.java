package org.nua.platform.events;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;

/**
 * Creates the topics a service owns ({@link OwnedTopics}), with the settings they need, before anything is sent
 * to them: a broker that auto-created them would make a compacted topic a deleting one and expire what must be
 * kept. Senders ask {@link #ensureDeclared()} first and send nothing until it is true.
 */
@ApplicationScoped
public class TopicDeclarations {

    private final String bootstrapServers;
    private final EventsConfig config;
    private final OwnedTopics owned;
    private volatile boolean declared;

    TopicDeclarations(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, EventsConfig config,
                      OwnedTopics owned) {
        this.bootstrapServers = bootstrapServers;
        this.config = config;
        this.owned = owned;
    }

    /** True once every owned topic exists; tries to create the missing ones otherwise. */
    public boolean ensureDeclared() {
        if (declared) {
            return true;
        }
        List<NewTopic> topics = owned.topics().stream()
            .map(t -> new NewTopic(t.name(), t.partitions() == null ? config.topicPartitions() : t.partitions(),
                config.topicReplicationFactor()).configs(t.configs()))
            .toList();
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
