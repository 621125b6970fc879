package io.kairos.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.infra.faults.harness.FaultSystem;
import io.kairos.infra.faults.harness.Pipelines;
import io.kairos.infra.faults.harness.Scenario;
import io.kairos.infra.faults.history.History;
import io.kairos.infra.faults.history.HistoryReader;
import io.kairos.model.id.PipelineId;
import io.kairos.model.run.Lane;
import io.kairos.model.run.RunRequest;
import io.kairos.model.serde.UnreadableRecord;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.Topics;
import io.kairos.testkit.KafkaTestCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 11: unreadable bytes and invalid documents on every input topic (pipelines, run-requests,
 * run-events, commands, every lane partition, worker-control). Each lands on the dead-letter topic with
 * its source and a reason, and the partitions they were on keep flowing: a pipeline keyed like the
 * poison fires, runs and completes once per second.
 */
class PoisonInputTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static final PipelineId VICTIM = PipelineId.of("poison", "every-second");
    private static final byte[] GARBAGE = "\u0000{not json at all".getBytes(StandardCharsets.UTF_8);
    private static final byte[] INVALID_SPEC = ("{\"schemaVersion\":1,\"id\":\"" + VICTIM.value()
            + "\",\"schedule\":{\"cron\":\"61 * * * *\"},\"executor\":{\"type\":\"teleport\"}}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] WRONG_TYPES = "{\"schemaVersion\":1,\"runId\":42,\"attempt\":\"first\",\"type\":\"started\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void poisonOnEveryInputTopicIsDeadLetteredWithAReasonAndItsPartitionKeepsFlowing() throws Exception {
        try (Scenario scenario = Scenario.start(kafka, PoisonInputTest.class).withLedgerAndWorkers(1, 4)) {
            scenario.system().startTrigger("trigger").awaitReady(FaultSystem.START_TIMEOUT);
            Map<String, Integer> poisoned = poisonEveryInput(scenario);
            PipelineSpec victim = Pipelines.callingTheSink(VICTIM, scenario.sink(), Duration.ofMillis(100))
                    .cron("* * * * * *").build();
            scenario.system().publish(victim);

            await().atMost(Duration.ofSeconds(60)).until(() -> deadLetterSources().keySet().containsAll(poisoned.keySet()));
            HistoryReader reader = new HistoryReader(kafka);
            Instant first = await().atMost(Duration.ofSeconds(60)).until(() -> reader.read(Topics.RUN_REQUESTS).stream()
                    .map(RunRequest::scheduledFor).min(Instant::compareTo), java.util.Optional::isPresent).orElseThrow();
            Instant to = first.plusSeconds(5);
            await().atMost(Duration.ofSeconds(60)).until(() -> reader.read(Topics.RUN_REQUESTS).stream()
                    .anyMatch(request -> !request.scheduledFor().isBefore(to)));
            scenario.system().close();
            long requested = reader.read(Topics.RUN_REQUESTS).stream().filter(request -> request.pipelineId().equals(VICTIM))
                    .count();

            assertThat(deadLetterSources()).allSatisfy((topic, reasons) -> assertThat(reasons).allMatch(r -> !r.isBlank()));
            poisoned.forEach((topic, count) -> assertThat(deadLetterSources().get(topic)).hasSizeGreaterThanOrEqualTo(count));
            History recorded = reader.committed(List.of(Topics.DEFAULT_QUEUE)).settled(false).sinkCalls(scenario.sink().calls())
                    .build();
            History history = recorded.toBuilder()
                    .windows(BaselineSoakTest.windows(recorded, List.of(victim), to)).build();
            scenario.assertKeepsGuarantees(history);
            assertThat(requested).isGreaterThanOrEqualTo(5);
            assertThat(scenario.sink().calls()).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    /** Writes the poison; returns how many records went to each topic. */
    private static Map<String, Integer> poisonEveryInput(Scenario scenario) {
        byte[] victimKey = VICTIM.value().getBytes(StandardCharsets.UTF_8);
        produce(Topics.PIPELINES.name(), null, victimKey, GARBAGE);
        produce(Topics.PIPELINES.name(), null, victimKey, INVALID_SPEC);
        produce(Topics.RUN_REQUESTS.name(), null, victimKey, GARBAGE);
        produce(Topics.RUN_REQUESTS.name(), null, victimKey, WRONG_TYPES);
        produce(Topics.RUN_EVENTS.name(), null, victimKey, WRONG_TYPES);
        produce(Topics.COMMANDS.name(), null, victimKey, GARBAGE);
        produce(Topics.WORKER_CONTROL.name(), null, "worker-1".getBytes(StandardCharsets.UTF_8), GARBAGE);
        int lanePartitions = FaultSystem.LAYOUT.lanePartitions();
        for (Lane lane : Lane.values()) {
            for (int partition = 0; partition < lanePartitions; partition++) {
                produce(Topics.lane(Topics.DEFAULT_QUEUE, lane).name(), partition, "x".getBytes(StandardCharsets.UTF_8),
                        GARBAGE);
            }
        }
        return Map.of(Topics.PIPELINES.name(), 2, Topics.RUN_REQUESTS.name(), 2, Topics.RUN_EVENTS.name(), 1,
                Topics.COMMANDS.name(), 1, Topics.WORKER_CONTROL.name(), 1,
                Topics.lane(Topics.DEFAULT_QUEUE, Lane.NORMAL).name(), lanePartitions);
    }

    private static void produce(String topic, Integer partition, byte[] key, byte[] value) {
        kafka.produce(new ProducerRecord<>(topic, partition, key, value));
    }

    /** The dead letters by the topic they came from, each with its reason. */
    private static Map<String, List<String>> deadLetterSources() {
        return kafka.consumeAll(Topics.DEAD_LETTER.name(), Duration.ofSeconds(30), IsolationLevel.READ_COMMITTED)
                .stream().collect(Collectors.groupingBy(record -> header(record, UnreadableRecord.HEADER_TOPIC),
                        Collectors.mapping(record -> header(record, UnreadableRecord.HEADER_REASON), Collectors.toList())));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
