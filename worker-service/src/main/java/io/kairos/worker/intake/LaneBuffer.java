package io.kairos.worker.intake;

import io.kairos.model.run.Lane;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/**
 * Records fetched from the lane topics and not yet started, in partition order. A run is taken from
 * the highest lane holding one; within a lane, from the partition whose next record is oldest.
 */
final class LaneBuffer {

    private final Map<String, Lane> laneOfTopic;
    private final Map<TopicPartition, ArrayDeque<ConsumerRecord<byte[], byte[]>>> byPartition = new HashMap<>();

    LaneBuffer(Map<String, Lane> laneOfTopic) {
        this.laneOfTopic = Map.copyOf(laneOfTopic);
    }

    void add(ConsumerRecords<byte[], byte[]> records) {
        for (ConsumerRecord<byte[], byte[]> record : records) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            byPartition.computeIfAbsent(partition, p -> new ArrayDeque<>()).addLast(record);
        }
    }

    Lane laneOf(TopicPartition partition) {
        return laneOfTopic.get(partition.topic());
    }

    boolean holds(TopicPartition partition) {
        ArrayDeque<ConsumerRecord<byte[], byte[]>> records = byPartition.get(partition);
        return records != null && !records.isEmpty();
    }

    int size() {
        return byPartition.values().stream().mapToInt(ArrayDeque::size).sum();
    }

    /** The highest lane holding a record, if any. */
    Optional<Lane> highestLane() {
        return byPartition.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> laneOf(entry.getKey()))
                .min(Comparator.naturalOrder());
    }

    /** Removes and returns the next record of {@code lane}; the lane must hold one. */
    ConsumerRecord<byte[], byte[]> take(Lane lane) {
        return byPartition.entrySet().stream()
                .filter(entry -> laneOf(entry.getKey()) == lane && !entry.getValue().isEmpty())
                .map(Map.Entry::getValue)
                .min(Comparator.comparingLong(records -> records.peekFirst().timestamp()))
                .orElseThrow(() -> new IllegalStateException("lane " + lane + " holds no record"))
                .pollFirst();
    }

    /** The offset of the first record held for each partition that holds any. */
    Map<TopicPartition, Long> firstOffsets() {
        Map<TopicPartition, Long> first = new HashMap<>();
        byPartition.forEach((partition, records) -> {
            if (!records.isEmpty()) {
                first.put(partition, records.peekFirst().offset());
            }
        });
        return first;
    }

    /** Forgets the records of partitions this worker no longer owns. */
    void drop(Collection<TopicPartition> partitions) {
        partitions.forEach(byPartition::remove);
    }
}
