package io.kairos.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads every record of a topic, from the beginning up to the end offsets seen when reading starts
 * (the last stable offset under {@code read_committed}). Uses no consumer group and commits nothing.
 */
final class RecordReader {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final Map<String, Object> clientProperties;

    RecordReader(Map<String, Object> clientProperties) {
        this.clientProperties = clientProperties;
    }

    List<ConsumerRecord<byte[], byte[]>> readAll(String topic, Duration timeout, IsolationLevel isolation) {
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<byte[], byte[]> consumer = newConsumer(isolation)) {
            List<TopicPartition> partitions = partitionsOf(consumer, topic, timeout);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> endOffsets = consumer.endOffsets(partitions, timeout);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            while (!hasReached(consumer, endOffsets)) {
                failIfPast(deadline, topic, records.size(), timeout);
                consumer.poll(POLL_INTERVAL).forEach(records::add);
            }
            return records;
        }
    }

    private KafkaConsumer<byte[], byte[]> newConsumer(IsolationLevel isolation) {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation.name().toLowerCase(Locale.ROOT));
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, String topic, Duration timeout) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            throw new IllegalArgumentException("Topic " + topic + " does not exist");
        }
        return partitions;
    }

    private static boolean hasReached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> endOffsets) {
        return endOffsets.entrySet().stream()
                .allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static void failIfPast(Instant deadline, String topic, int read, Duration timeout) {
        if (Instant.now().isAfter(deadline)) {
            throw new AssertionError("Read only " + read + " records of " + topic + " within " + timeout);
        }
    }
}
