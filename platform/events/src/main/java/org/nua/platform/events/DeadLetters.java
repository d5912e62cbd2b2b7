package org.nua.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * A service's dead-letter topics: how many of their records wait to be replayed, and the replay itself, which
 * sends each one back to the topic it came from (SmallRye's {@code dead-letter-topic} header) once the cause is
 * fixed. What has been replayed is the committed position of the group {@code <service>-dead-letter-replay} on
 * each dead-letter topic, so a record is replayed once; a crash between sending and committing sends it again,
 * which the consumers' event ledger absorbs, as it does any redelivery.
 */
public final class DeadLetters {

    /** The header SmallRye's dead-letter queue names the record's topic in. */
    static final String ORIGIN_TOPIC = "dead-letter-topic";
    /** Added to a replayed record: where it was dead-lettered, for whoever reads the topic. */
    static final String REPLAYED_FROM = "nua-replayed-from";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Object> kafka;
    private final String group;
    private final List<String> topics;

    /**
     * @param kafka  every {@code kafka.*} setting (servers, security), as the service's channels get them
     * @param owner  the service's name, which names the replay group
     * @param topics its dead-letter topics
     */
    public DeadLetters(Map<String, Object> kafka, String owner, List<String> topics) {
        this.kafka = Map.copyOf(kafka);
        this.group = owner + "-dead-letter-replay";
        this.topics = List.copyOf(topics);
    }

    /** Records of a dead-letter topic that have not been replayed, in the order of the topics given. */
    public Map<String, Long> waiting(Admin admin) throws ExecutionException, TimeoutException, InterruptedException {
        Map<String, Long> waiting = new LinkedHashMap<>();
        List<TopicPartition> partitions = partitions(admin);
        Map<TopicPartition, Long> ends = offsets(admin, partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> starts = offsets(admin, partitions, OffsetSpec.earliest());
        Map<TopicPartition, OffsetAndMetadata> replayed = admin.listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        topics.forEach(t -> waiting.put(t, 0L));
        ends.forEach((tp, end) -> {
            OffsetAndMetadata done = replayed.get(tp);
            // Retention may have removed records past the replay position: what is gone no longer waits.
            long from = Math.max(starts.get(tp), done == null ? 0 : done.offset());
            waiting.merge(tp.topic(), Math.max(0, end - from), Long::sum);
        });
        return waiting;
    }

    /**
     * Sends every record waiting on the dead-letter topics back to its topic, and marks it replayed.
     * Returns how many were replayed, per dead-letter topic.
     */
    public synchronized Map<String, Long> replay(Admin admin)
            throws ExecutionException, TimeoutException, InterruptedException {
        Map<TopicPartition, Long> ends = offsets(admin, partitions(admin), OffsetSpec.latest());
        Map<String, Long> replayed = new LinkedHashMap<>();
        topics.forEach(t -> replayed.put(t, 0L));
        if (ends.isEmpty()) {
            return replayed;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerSettings());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerSettings())) {
            consumer.assign(ends.keySet());
            Map<TopicPartition, OffsetAndMetadata> done = consumer.committed(ends.keySet(), TIMEOUT);
            ends.keySet().forEach(tp -> {
                if (done.get(tp) == null) {
                    consumer.seekToBeginning(Set.of(tp));
                }
            });
            Map<TopicPartition, Long> remaining = new HashMap<>(ends);
            remaining.entrySet().removeIf(e -> consumer.position(e.getKey(), TIMEOUT) >= e.getValue());
            long quietSince = System.nanoTime();
            while (!remaining.isEmpty()) {
                if (System.nanoTime() - quietSince > TIMEOUT.toNanos()) {
                    throw new TimeoutException("No dead letter could be read for " + TIMEOUT.toSeconds() + " s");
                }
                Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    Long end = remaining.get(tp);
                    if (end == null || record.offset() >= end) {
                        continue; // dead-lettered after the replay began: left for the next one
                    }
                    producer.send(backToItsTopic(record)).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    replayed.merge(record.topic(), 1L, Long::sum);
                    progress.put(tp, new OffsetAndMetadata(record.offset() + 1));
                }
                if (!progress.isEmpty()) {
                    consumer.commitSync(progress, TIMEOUT);
                    quietSince = System.nanoTime();
                }
                remaining.entrySet().removeIf(e -> consumer.position(e.getKey(), TIMEOUT) >= e.getValue());
            }
        }
        return replayed;
    }

    private ProducerRecord<byte[], byte[]> backToItsTopic(ConsumerRecord<byte[], byte[]> record) {
        Header origin = record.headers().lastHeader(ORIGIN_TOPIC);
        if (origin == null) {
            throw new IllegalStateException("Dead letter " + record.topic() + "/" + record.partition() + "@"
                + record.offset() + " does not name its topic (header " + ORIGIN_TOPIC + ")");
        }
        RecordHeaders headers = new RecordHeaders();
        for (Header h : record.headers()) {
            if (!h.key().startsWith("dead-letter-")) {
                headers.add(h);
            }
        }
        headers.add(REPLAYED_FROM, (record.topic() + "/" + record.partition() + "@" + record.offset())
            .getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(new String(origin.value(), StandardCharsets.UTF_8), null, record.key(),
            record.value(), headers);
    }

    /** Every partition of the dead-letter topics that exist (one is created on its first record). */
    private List<TopicPartition> partitions(Admin admin)
            throws ExecutionException, TimeoutException, InterruptedException {
        return ExistingTopics.describe(admin, topics, TIMEOUT).values().stream()
            .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
            .toList();
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, TimeoutException, InterruptedException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> spec))).all()
            .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private Map<String, Object> consumerSettings() {
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, group);
        return settings;
    }

    private Map<String, Object> producerSettings() {
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, group);
        return settings;
    }
}
