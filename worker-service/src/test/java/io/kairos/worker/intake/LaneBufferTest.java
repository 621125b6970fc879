package io.kairos.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.run.Lane;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class LaneBufferTest {

    private final LaneBuffer buffer = new LaneBuffer(Map.of("high", Lane.HIGH, "normal", Lane.NORMAL, "low", Lane.LOW));

    @Test
    void takesFromTheHighestLaneHoldingARecord() {
        buffer.add(records(record("low", 0, 0, 1), record("normal", 0, 0, 2)));
        assertThat(buffer.highestLane()).contains(Lane.NORMAL);
        buffer.take(Lane.NORMAL);
        assertThat(buffer.highestLane()).contains(Lane.LOW);
    }

    @Test
    void takesTheOldestHeadWithinALaneAndKeepsPartitionOrder() {
        buffer.add(records(record("low", 0, 7, 50), record("low", 0, 8, 10), record("low", 1, 3, 20)));
        assertThat(buffer.take(Lane.LOW).offset()).isEqualTo(3);
        assertThat(buffer.take(Lane.LOW).offset()).isEqualTo(7);
        assertThat(buffer.take(Lane.LOW).offset()).isEqualTo(8);
        assertThat(buffer.highestLane()).isEqualTo(Optional.empty());
    }

    @Test
    void dropsTheRecordsOfRevokedPartitions() {
        buffer.add(records(record("high", 0, 0, 1)));
        buffer.drop(List.of(new TopicPartition("high", 0)));
        assertThat(buffer.size()).isZero();
        assertThat(buffer.holds(new TopicPartition("high", 0))).isFalse();
    }

    private static ConsumerRecord<byte[], byte[]> record(String topic, int partition, long offset, long timestamp) {
        return new ConsumerRecord<>(topic, partition, offset, timestamp, TimestampType.CREATE_TIME, 0, 0,
                new byte[0], new byte[0], new RecordHeaders(), Optional.empty());
    }

    @SafeVarargs
    private static ConsumerRecords<byte[], byte[]> records(ConsumerRecord<byte[], byte[]>... records) {
        Map<TopicPartition, List<ConsumerRecord<byte[], byte[]>>> byPartition = new java.util.LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            byPartition.computeIfAbsent(new TopicPartition(record.topic(), record.partition()), p -> new java.util.ArrayList<>())
                    .add(record);
        }
        return new ConsumerRecords<>(byPartition, Map.<TopicPartition, OffsetAndMetadata>of());
    }
}
