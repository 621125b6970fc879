package io.kairos.benchmarks;

import io.kairos.model.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the run-requests the trigger commits ({@code read_committed}) from now on and records, per
 * fired run: emit lag (record timestamp, the trigger's emit time, minus the scheduled time) and
 * visible lag (when this reader got it minus the scheduled time: commit latency included). The
 * scheduled time is cut out of the JSON without a full parse, to leave the CPU to the trigger.
 */
final class FireLagRecorder {

    private static final byte[] SCHEDULED_FOR = "\"scheduledFor\":\"".getBytes(StandardCharsets.UTF_8);
    private static final long HIGHEST_MILLIS = Duration.ofHours(1).toMillis();

    final Histogram emitLag = new Histogram(HIGHEST_MILLIS, 3);
    final Histogram visibleLag = new Histogram(HIGHEST_MILLIS, 3);
    long records;

    void record(String bootstrapServers, Duration duration) {
        Map<String, Object> properties = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RUN_REQUESTS.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            long end = System.currentTimeMillis() + duration.toMillis();
            while (System.currentTimeMillis() < end) {
                consumer.poll(Duration.ofMillis(100)).forEach(this::record);
            }
        }
    }

    private void record(ConsumerRecord<byte[], byte[]> record) {
        long received = System.currentTimeMillis();
        long scheduled = scheduledMillis(record.value());
        emitLag.recordValue(clamp(record.timestamp() - scheduled));
        visibleLag.recordValue(clamp(received - scheduled));
        records++;
    }

    private static long clamp(long millis) {
        return Math.max(0, Math.min(millis, HIGHEST_MILLIS));
    }

    private static long scheduledMillis(byte[] value) {
        int start = indexOf(value, SCHEDULED_FOR) + SCHEDULED_FOR.length;
        int end = start;
        while (value[end] != '"') {
            end++;
        }
        return Instant.parse(new String(value, start, end - start, StandardCharsets.US_ASCII)).toEpochMilli();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("no scheduledFor in a run-request");
    }
}
