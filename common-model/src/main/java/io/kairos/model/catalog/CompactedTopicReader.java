package io.kairos.model.catalog;

import io.kairos.model.topic.Topic;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a compacted topic from its beginning to its end as it is when the read starts: the latest
 * value of every key, the keys whose latest record is a tombstone, and how many records could not be
 * read (skipped, never fatal). No consumer group: nothing is committed.
 */
public final class CompactedTopicReader<K, V> {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Topic<K, V> topic;
    private final Properties clientProperties;

    public CompactedTopicReader(Topic<K, V> topic, Properties clientProperties) {
        this.topic = topic;
        this.clientProperties = clientProperties;
    }

    /** What the topic held, key by key. */
    public record Snapshot<K, V>(Map<K, V> live, Set<K> deleted, int unreadable) {
    }

    public Snapshot<K, V> read(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = partitions(consumer, timeout);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            return readUntil(consumer, ends, deadline);
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, Duration timeout) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic.name(), timeout);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + topic.name() + " does not exist; create the topics first "
                    + "(kairosctl topics create)");
        }
        return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private Snapshot<K, V> readUntil(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends,
                                     long deadline) {
        Map<K, V> live = new LinkedHashMap<>();
        Set<K> deleted = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        int unreadable = 0;
        while (!reachedEnd(consumer, ends)) {
            if (System.nanoTime() - deadline > 0) {
                throw new TimeoutException("could not read " + topic.name() + " to its end in time");
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                unreadable += apply(record, live, deleted) ? 0 : 1;
            }
        }
        return new Snapshot<>(live, deleted, unreadable);
    }

    private boolean apply(ConsumerRecord<byte[], byte[]> record, Map<K, V> live, Set<K> deleted) {
        try {
            K key = topic.keySerde().deserializer().deserialize(topic.name(), record.key());
            if (record.value() == null) {
                live.remove(key);
                deleted.add(key);
                return true;
            }
            live.put(key, topic.valueSerde().deserializer().deserialize(topic.name(), record.value()));
            deleted.remove(key);
            return true;
        } catch (SerializationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private Properties consumerProperties() {
        Properties properties = new Properties();
        properties.putAll(clientProperties);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return properties;
    }
}
