package org.nua.report.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

import org.nua.platform.events.DeadLetters;
import org.nua.platform.events.ExistingTopics;
import org.nua.platform.events.KafkaAdminSettings;
import org.nua.report.domain.BrokerUnavailableException;
import org.nua.report.domain.ReadModelLag;

/**
 * How far the read model is behind the topics it is built from: per topic, the records published
 * (end offsets) against those this service has consumed and committed (its consumer group's offsets). A
 * partition never consumed counts from its first record, as {@code auto.offset.reset=earliest} reads it.
 */
@ApplicationScoped
public class ConsumerLag implements ReadModelLag {

    /** The consumer group of every channel of this service (application.properties). */
    static final String GROUP = "report-service";
    static final List<String> TOPICS = List.of("indicator.events", "country.events", "observation.events");
    /**
     * Each channel's dead-letter topic, named as application.properties names them; report.jobs' is not part of
     * the read model, but it is replayed too.
     */
    static final List<String> DEAD_LETTER_TOPICS = Stream.concat(TOPICS.stream(), Stream.of("report.jobs"))
        .map(ConsumerLag::deadLetterTopic).toList();
    /** A partition whose committed offset has not moved this long with records waiting is stuck. */
    static final Duration STUCK_AFTER = Duration.ofMinutes(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;
    private final DeadLetters deadLetters;
    private final Clock clock;
    private final Map<TopicPartition, Position> lastMoved = new ConcurrentHashMap<>();

    /** A partition's committed offset and when it was first seen there with records waiting. */
    private record Position(long committed, Instant since) {
    }

    /** @param kafka every {@code kafka.*} setting (servers, security), as the service's channels get them */
    ConsumerLag(@Identifier("default-kafka-broker") Map<String, Object> kafka, Clock clock) {
        Map<String, Object> settings = KafkaAdminSettings.of(kafka, TIMEOUT, TIMEOUT);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "report-service-lag");
        this.admin = Admin.create(settings);
        this.deadLetters = new DeadLetters(kafka, GROUP, DEAD_LETTER_TOPICS);
        this.clock = clock;
    }

    /** Looks regularly, so a partition that stopped moving is seen as stuck without anyone asking twice. */
    @Scheduled(every = "15s", delayed = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
        skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sample() {
        try {
            lag();
        } catch (BrokerUnavailableException e) {
            // logged by lag(); the next sample tries again
        }
    }

    @Override
    public Map<String, Long> replayDeadLetters() {
        try {
            Map<String, Long> replayed = deadLetters.replay(admin);
            Log.infof("Dead letters replayed: %s", replayed);
            return replayed;
        } catch (ExecutionException | TimeoutException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        }
    }

    @Override
    public List<TopicLag> lag() {
        try {
            // A topic its owner has not created yet (nothing published) has nothing to apply.
            Map<String, TopicDescription> topics = ExistingTopics.describe(admin, TOPICS, TIMEOUT);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            topics.values().forEach(t -> t.partitions().forEach(p -> {
                TopicPartition tp = new TopicPartition(t.name(), p.partition());
                latest.put(tp, OffsetSpec.latest());
                if (committed.get(tp) == null) {
                    earliest.put(tp, OffsetSpec.earliest()); // only a partition never committed counts from its start
                }
            }));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = earliest.isEmpty() ? Map.of()
                : admin.listOffsets(earliest).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, Long> waiting = deadLetters.waiting(admin);
            Instant now = Instant.now(clock);
            List<TopicLag> result = new ArrayList<>();
            for (String topic : TOPICS) {
                List<PartitionLag> partitions = new ArrayList<>();
                for (var partition : topics.containsKey(topic) ? topics.get(topic).partitions()
                    : List.<TopicPartitionInfo>of()) {
                    TopicPartition tp = new TopicPartition(topic, partition.partition());
                    long end = ends.get(tp).offset();
                    OffsetAndMetadata done = committed.get(tp);
                    long position = done == null ? starts.get(tp).offset() : done.offset();
                    long lag = Math.max(0, end - position);
                    Instant stalledSince = stalledSince(tp, position, lag, now);
                    partitions.add(new PartitionLag(tp.partition(), end, position, lag, stalledSince,
                        stalledSince != null && !stalledSince.plus(STUCK_AFTER).isAfter(now)));
                }
                String deadLetterTopic = deadLetterTopic(topic);
                result.add(new TopicLag(topic, partitions.stream().mapToLong(PartitionLag::lag).sum(),
                    deadLetterTopic, waiting.getOrDefault(deadLetterTopic, 0L), partitions));
            }
            return result;
        } catch (ExecutionException | TimeoutException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        }
    }

    private static String deadLetterTopic(String topic) {
        return GROUP + "." + topic + ".dlq";
    }

    /** When the partition's committed offset last moved while records waited; null when nothing waits. */
    private Instant stalledSince(TopicPartition tp, long committed, long lag, Instant now) {
        if (lag == 0) {
            lastMoved.remove(tp);
            return null;
        }
        Position seen = lastMoved.compute(tp, (k, was) -> was != null && was.committed() == committed ? was
            : new Position(committed, now));
        return seen.since();
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }

    private static BrokerUnavailableException unavailable(Exception e) {
        Log.warnf("Consumer lag unavailable: %s", e.toString());
        return new BrokerUnavailableException(e);
    }
}
