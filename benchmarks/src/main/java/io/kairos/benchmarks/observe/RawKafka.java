package io.kairos.benchmarks.observe;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Raw Kafka on the same broker in the same run, the yardstick for every figure: producer throughput
 * at {@code acks=all} with the record size of a run-request, and producer → consumer latency, plain
 * and as a transactional hop (commits every {@code commit.interval}, read_committed), the hop the
 * ledger's exactly-once processing pays for.
 */
public record RawKafka(int recordBytes, double producerRecordsPerSecond, Histogram plainHop, Histogram transactionalHop) {

    private static final int PARTITIONS = 12;

    public static RawKafka measure(Admin admin, String bootstrapServers, int recordBytes, int records,
                                   int latencyRate, Duration latencyFor, Duration commitInterval) throws Exception {
        String topic = "bench.raw-" + UUID.randomUUID().toString().substring(0, 8);
        admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
        double throughput = producerThroughput(bootstrapServers, topic, recordBytes, records);
        Histogram plain = hop(bootstrapServers, topic + "-plain", admin, recordBytes, latencyRate, latencyFor, null);
        Histogram transactional = hop(bootstrapServers, topic + "-tx", admin, recordBytes, latencyRate, latencyFor,
                commitInterval);
        return new RawKafka(recordBytes, throughput, plain, transactional);
    }

    private static double producerThroughput(String bootstrapServers, String topic, int recordBytes, int records) {
        byte[] value = new byte[recordBytes];
        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrapServers, null)) {
            awaitMetadata(producer, topic);
            producer.send(new ProducerRecord<>(topic, value)).get();
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, Integer.toString(i).getBytes(), value));
            }
            producer.flush();
            return records / ((System.nanoTime() - start) / 1e9);
        } catch (Exception e) {
            throw new IllegalStateException("raw producer throughput: " + e.getMessage(), e);
        }
    }

    /** Latency of records sent at {@code rate}/s: consumer receive minus producer send, in ms. */
    private static Histogram hop(String bootstrapServers, String topic, Admin admin, int recordBytes, int rate,
                                 Duration duration, Duration commitInterval) throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
        Histogram histogram = new Histogram(StartLag.HIGHEST_MILLIS, 3);
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers, topic);
             KafkaProducer<byte[], byte[]> producer = producer(bootstrapServers, commitInterval == null ? null : topic)) {
            awaitMetadata(producer, topic);
            if (commitInterval != null) {
                producer.initTransactions();
            }
            HopSender sender = new HopSender(producer, topic, recordBytes, rate, commitInterval);
            Thread thread = new Thread(() -> sender.run(duration), "bench-raw-hop");
            thread.start();
            long expected = duration.toMillis() * rate / 1000;
            long deadline = System.currentTimeMillis() + duration.toMillis() + 30_000;
            while (histogram.getTotalCount() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    histogram.recordValue(Math.max(0, System.currentTimeMillis() - record.timestamp()));
                }
            }
            thread.join();
        }
        return histogram;
    }

    /** Until every partition of a topic just created has a leader, so the first sends are not refused. */
    private static void awaitMetadata(KafkaProducer<byte[], byte[]> producer, String topic) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (producer.partitionsFor(topic).stream().anyMatch(info -> info.leader() == null || info.leader().isEmpty())
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrapServers, String transactionalId) {
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers, ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024));
        if (transactionalId != null) {
            properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers, String topic) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = List.of();
        long deadline = System.currentTimeMillis() + 30_000;
        while (partitions.size() < PARTITIONS && System.currentTimeMillis() < deadline) {
            partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
        }
        if (partitions.size() < PARTITIONS) {
            consumer.close();
            throw new IllegalStateException("topic " + topic + " shows " + partitions.size() + " of " + PARTITIONS
                    + " partitions after 30 s");
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    /** Markdown lines for the report. */
    public String markdown() {
        return String.format(Locale.ROOT, """
                | raw Kafka, same broker, same run | figure |
                |---|---|
                | producer throughput, acks=all, %d-byte records | %,.0f records/s |
                | producer → consumer, plain, p50 / p99 / max | %d / %d / %d ms |
                | producer → consumer, transactional hop (read_committed), p50 / p99 / max | %d / %d / %d ms |
                """, recordBytes, producerRecordsPerSecond, plainHop.getValueAtPercentile(50),
                plainHop.getValueAtPercentile(99), plainHop.getMaxValue(), transactionalHop.getValueAtPercentile(50),
                transactionalHop.getValueAtPercentile(99), transactionalHop.getMaxValue());
    }
}
