package org.nua.platform.events;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;

/**
 * Creates the topics a service owns ({@link OwnedTopics}), with the settings they need, before anything is sent
 * to them: a broker that auto-created them would make a compacted topic a deleting one and expire what must be
 * kept. Senders ask {@link #ensureDeclared()} first and send nothing until it is true.
 */
@ApplicationScoped
public class TopicDeclarations {

    private final Map<String, Object> kafka;
    private final EventsConfig config;
    private final OwnedTopics owned;
    private final Event<OwnedTopicCreated> createdEvents;
    private volatile boolean declared;

    /** @param kafka every {@code kafka.*} setting (servers, security), as the service's channels get them */
    TopicDeclarations(@Identifier("default-kafka-broker") Map<String, Object> kafka, EventsConfig config,
                      OwnedTopics owned, Event<OwnedTopicCreated> createdEvents) {
        this.kafka = kafka;
        this.config = config;
        this.owned = owned;
        this.createdEvents = createdEvents;
    }

    /** True once every owned topic exists; tries to create the missing ones otherwise. */
    public boolean ensureDeclared() {
        if (declared) {
            return true;
        }
        List<NewTopic> topics = owned.topics().stream()
            .map(t -> new NewTopic(t.name(), t.partitions() == null ? config.topicPartitions() : t.partitions(),
                config.topicReplicationFactor()).configs(withDurability(t.configs())))
            .toList();
        try (Admin admin = Admin.create(KafkaAdminSettings.of(kafka, Duration.ofSeconds(10), Duration.ofSeconds(5)))) {
            CreateTopicsResult result = admin.createTopics(topics);
            boolean all = true;
            for (NewTopic topic : topics) {
                Declared outcome = declare(result, topic.name());
                all &= outcome != Declared.NOT_YET;
                if (outcome == Declared.CREATED) {
                    Log.infof("Topic %s created", topic.name());
                    createdEvents.fireAsync(new OwnedTopicCreated(topic.name()));
                }
            }
            declared = all;
        }
        return declared;
    }

    /** A replicated topic refuses a write that fewer than the configured replicas hold. */
    private Map<String, String> withDurability(Map<String, String> configs) {
        if (config.topicMinInSyncReplicas().isEmpty()) {
            return configs;
        }
        Map<String, String> all = new HashMap<>(configs);
        all.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, config.topicMinInSyncReplicas().get().toString());
        return all;
    }

    private enum Declared { CREATED, EXISTED, NOT_YET }

    private Declared declare(CreateTopicsResult result, String topic) {
        try {
            result.values().get(topic).get(15, TimeUnit.SECONDS);
            return Declared.CREATED;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return Declared.EXISTED;
            }
            Log.warnf("Topic %s not declared yet (%s); will retry", topic, e.getCause().toString());
        } catch (TimeoutException e) {
            Log.warnf("Kafka at %s did not answer; topic %s not declared yet",
                kafka.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG), topic);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Declared.NOT_YET;
    }
}
