package io.kairos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.Origin;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunPolicy;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.RunStarted;
import io.kairos.model.run.RunSucceeded;
import io.kairos.model.serde.UnreadableRecord;
import io.kairos.model.spec.OverlapPolicy;
import io.kairos.model.spec.RetryPolicy;
import io.kairos.model.spec.SleepExecutorSpec;
import io.kairos.model.topic.Topic;
import io.kairos.model.topic.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The catalogue's serdes against a real broker: what one service writes, another reads back. */
class CatalogueSerdesOnRealBrokerTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static final PipelineId PIPELINE = PipelineId.parse("acme/billing");
    private static final Instant AT = Instant.parse("2026-03-08T07:00:00Z");
    private static final WorkerId WORKER = WorkerId.of("worker-1");

    @Test
    void runRequestsAndEventsCrossTheBrokerIntact() {
        String requests = kafka.uniqueName("requests");
        String events = kafka.uniqueName("events");
        kafka.createTopic(requests, 3);
        kafka.createTopic(events, 3);
        RunRequest request = RunRequest.scheduled(PIPELINE, AT, AT, Origin.SCHEDULE, 5, "default",
                new RunPolicy(1, OverlapPolicy.SKIP, RetryPolicy.DEFAULT, null, Duration.ofSeconds(30)),
                new SleepExecutorSpec(Duration.ofSeconds(1), 0.0));
        RunId runId = request.runId();
        List<RunEvent> sent = List.of(new RunStarted(runId, PIPELINE, 1, WORKER, AT.plusSeconds(1)),
                new RunSucceeded(runId, PIPELINE, 1, WORKER, AT.plusSeconds(2), "done"));

        send(Topics.RUN_REQUESTS, requests, List.of(request));
        send(Topics.RUN_EVENTS, events, sent);

        assertThat(readAll(Topics.RUN_REQUESTS, requests, 1)).containsExactly(request);
        assertThat(readAll(Topics.RUN_EVENTS, events, 2)).containsExactlyElementsOf(sent);
    }

    @Test
    void anUnreadableRecordSurfacesWithItsTopicPartitionAndOffset() {
        String events = kafka.uniqueName("events");
        kafka.createTopic(events, 1);
        kafka.produce(events, PIPELINE.value(), "{\"schemaVersion\":1,\"type\":\"started\"");

        try (KafkaConsumer<PipelineId, RunEvent> consumer = consumer(Topics.RUN_EVENTS)) {
            consumer.assign(List.of(new TopicPartition(events, 0)));
            consumer.seekToBeginning(consumer.assignment());

            assertThatThrownBy(() -> pollUntilRecordOrError(consumer))
                    .isInstanceOfSatisfying(RecordDeserializationException.class, e -> {
                        UnreadableRecord unreadable = UnreadableRecord.from(e);
                        assertThat(unreadable.topic()).isEqualTo(events);
                        assertThat(unreadable.partition()).isZero();
                        assertThat(unreadable.offset()).isZero();
                        assertThat(unreadable.reason()).startsWith("not JSON");
                        assertThat(unreadable.toString())
                                .startsWith("unreadable record at " + events + " partition 0 offset 0: not JSON");
                    });
        }
    }

    private static void pollUntilRecordOrError(KafkaConsumer<PipelineId, RunEvent> consumer) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!consumer.poll(Duration.ofMillis(200)).isEmpty()) {
                return;
            }
        }
    }

    private static <K, V> void send(Topic<K, V> catalogueTopic, String topic, List<? extends V> values) {
        Map<String, Object> config = new HashMap<>(kafka.clientProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<PipelineId, V> producer = new KafkaProducer<>(config,
                Topics.RUN_EVENTS.keySerde().serializer(), catalogueTopic.valueSerde().serializer())) {
            values.forEach(value -> producer.send(new ProducerRecord<>(topic, PIPELINE, value)));
            producer.flush();
        }
    }

    private static <K, V> List<V> readAll(Topic<K, V> catalogueTopic, String topic, int expected) {
        try (KafkaConsumer<K, V> consumer = consumer(catalogueTopic)) {
            consumer.subscribe(List.of(topic));
            List<V> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<K, V> record : consumer.poll(Duration.ofMillis(200))) {
                    assertThat(record.key()).isEqualTo(PIPELINE);
                    values.add(record.value());
                }
            }
            return values;
        }
    }

    private static <K, V> KafkaConsumer<K, V> consumer(Topic<K, V> catalogueTopic) {
        Map<String, Object> config = new HashMap<>(kafka.clientProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, kafka.uniqueName("group"));
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(config, catalogueTopic.keySerde().deserializer(),
                catalogueTopic.valueSerde().deserializer());
    }
}
