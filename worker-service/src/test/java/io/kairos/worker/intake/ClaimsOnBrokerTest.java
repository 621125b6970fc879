package io.kairos.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.model.config.KairosConfig;
import io.kairos.testkit.KafkaTestCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A claim on a real broker: its records and its lane offsets commit together for a current member of
 * the group, and not at all for a member the group has moved on from.
 */
class ClaimsOnBrokerTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    @Test
    void aCurrentMembersClaimCommitsItsRecordsAndTheLaneOffsetsTogether() throws Exception {
        String lane = topic("lane", 1);
        String events = topic("events", 1);
        String group = kafka.uniqueName("group");
        TopicPartition partition = new TopicPartition(lane, 0);

        try (KafkaConsumer<byte[], byte[]> member = member(group, lane);
             Claims claims = claims("worker-a")) {
            awaitAssigned(member);

            boolean committed = claims.commit(List.of(started(events, "run-1")), Map.of(partition, new OffsetAndMetadata(7)),
                    member.groupMetadata());

            assertThat(committed).isTrue();
            awaitCommitted(events, "run-1");
            assertThat(committedOffset(group, partition)).isEqualTo(7L);
        }
    }

    @Test
    void aMemberTheGroupHasMovedOnFromClaimsNothingAndCanClaimAgainAsTheNewGeneration() throws Exception {
        String lane = topic("lane", 2);
        String events = topic("events", 1);
        String group = kafka.uniqueName("group");

        try (KafkaConsumer<byte[], byte[]> first = member(group, lane);
             KafkaConsumer<byte[], byte[]> second = member(group, lane);
             Claims claims = claims("worker-b")) {
            awaitAssigned(first);
            ConsumerGroupMetadata before = first.groupMetadata();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                first.poll(Duration.ofMillis(50));
                second.poll(Duration.ofMillis(50));
                return !second.assignment().isEmpty() && first.groupMetadata().generationId() > before.generationId();
            });
            TopicPartition owned = first.assignment().iterator().next();

            boolean stale = claims.commit(List.of(started(events, "stale")), Map.of(owned, new OffsetAndMetadata(3)), before);
            boolean current = claims.commit(List.of(started(events, "current")), Map.of(owned, new OffsetAndMetadata(5)),
                    first.groupMetadata());

            assertThat(stale).isFalse();
            assertThat(current).isTrue();
            awaitCommitted(events, "current");
            assertThat(committedOffset(group, owned)).isEqualTo(5L);
        }
    }

    private static String topic(String prefix, int partitions) {
        String name = kafka.uniqueName(prefix);
        kafka.createTopic(name, partitions);
        return name;
    }

    private Claims claims(String workerId) {
        Map<String, String> settings = new HashMap<>();
        settings.put("kairos.worker.id", workerId);
        settings.put("bootstrap.servers", kafka.bootstrapServers());
        ExecutorClients clients = new ExecutorClients(WorkerExecutorConfig.from(KairosConfig.of(settings)));
        return new Claims(() -> clients.claimsProducer("default"));
    }

    private KafkaConsumer<byte[], byte[]> member(String group, String topic) {
        Map<String, Object> config = new HashMap<>(kafka.clientProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static void awaitAssigned(KafkaConsumer<byte[], byte[]> consumer) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(100));
            return !consumer.assignment().isEmpty();
        });
    }

    /** The commit markers follow the commit's answer, so a read_committed reader sees the records a moment later. */
    private static void awaitCommitted(String topic, String... texts) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(kafka.consumeAll(topic))
                .extracting(record -> text(record.value())).containsExactly(texts));
    }

    private static ProducerRecord<byte[], byte[]> started(String topic, String text) {
        return new ProducerRecord<>(topic, text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8));
    }

    private static Long committedOffset(String group, TopicPartition partition) throws ExecutionException, InterruptedException {
        OffsetAndMetadata offset = kafka.admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().get(partition);
        return offset == null ? null : offset.offset();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
