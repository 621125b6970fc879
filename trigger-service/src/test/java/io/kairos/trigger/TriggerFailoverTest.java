package io.kairos.trigger;

import static io.kairos.trigger.Pipelines.aPipeline;
import static io.kairos.trigger.Pipelines.catchupAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunRequest;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.TopicCatalogueAdmin;
import io.kairos.model.topic.TopicLayout;
import io.kairos.model.topic.Topics;
import io.kairos.testkit.KafkaTestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.IsolationLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two trigger processes share every-second pipelines; one is killed with SIGKILL mid-stream. Every
 * scheduled second of the window must have exactly one run-request, read with read_committed.
 */
class TriggerFailoverTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static final int PARTITIONS = 6;
    private static final int PIPELINES = 12;
    private static final String APPLICATION_ID = "kairos-trigger-failover";
    private static final Path LOGS = Path.of("target", "failover-logs");

    @TempDir
    Path workDir;
    private final List<TriggerProcess> processes = new ArrayList<>();

    @BeforeAll
    static void createTopics() throws java.io.IOException {
        java.nio.file.Files.createDirectories(LOGS);
        TopicLayout layout = new TopicLayout(PARTITIONS, 1, (short) 1, 1);
        new TopicCatalogueAdmin(kafka.admin()).create(Topics.catalogue(layout, List.of(Topics.DEFAULT_QUEUE)));
    }

    @AfterEach
    void stopProcesses() throws InterruptedException {
        for (TriggerProcess process : processes) {
            process.close();
        }
    }

    @Test
    void everyScheduledSecondHasExactlyOneRunRequestWhenATriggerIsKilledMidStream() throws Exception {
        TriggerProcess first = startTrigger("trigger-a");
        TriggerProcess survivor = startTrigger("trigger-b");
        await().atMost(Duration.ofSeconds(60)).until(() -> bothHoldPartitions(first, survivor));
        publishEverySecondPipelines();
        await().atMost(Duration.ofSeconds(30)).until(() -> firstFires().size() == PIPELINES);
        Instant windowStart = firstFires().values().stream().max(Instant::compareTo).orElseThrow().plusSeconds(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> coveredUpTo(windowStart.plusSeconds(2)));

        first.kill();
        Instant killedAt = Instant.now();
        Instant windowEnd = killedAt.plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        await().atMost(Duration.ofSeconds(75)).pollInterval(Duration.ofSeconds(1))
                .until(() -> coveredUpTo(windowEnd));

        List<RunRequest> requests = runRequests();
        assertThat(requests).extracting(request -> request.runId().value()).doesNotHaveDuplicates();
        Map<String, RunRequest> byRunId = requests.stream()
                .collect(Collectors.toMap(request -> request.runId().value(), Function.identity()));
        for (PipelineId pipeline : pipelineIds()) {
            for (Instant second = windowStart; !second.isAfter(windowEnd); second = second.plusSeconds(1)) {
                RunRequest request = byRunId.get(pipeline + "@" + second);
                assertThat(request).as("run-request of %s at %s", pipeline, second).isNotNull();
                assertThat(request.isSkip()).as("%s skipped", request.runId()).isFalse();
            }
        }
        assertThat(survivor.isAlive()).isTrue();
    }

    private TriggerProcess startTrigger(String name) throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("KAIROS_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("KAIROS_TRIGGER_APPLICATION_ID", APPLICATION_ID);
        environment.put("KAIROS_TRIGGER_STATE_DIR", workDir.resolve(name).toString());
        environment.put("KAIROS_KAFKA_CLIENT_ID", name);
        environment.put("KAIROS_KAFKA_SESSION_TIMEOUT_MS", "4000");
        environment.put("KAIROS_KAFKA_HEARTBEAT_INTERVAL_MS", "1000");
        environment.put("KAIROS_KAFKA_TRANSACTION_TIMEOUT_MS", "5000");
        TriggerProcess process = TriggerProcess.start(name, environment, LOGS.resolve(name + ".log"));
        processes.add(process);
        return process;
    }

    private static boolean bothHoldPartitions(TriggerProcess first, TriggerProcess second) throws Exception {
        ConsumerGroupDescription group;
        try {
            group = kafka.admin().describeConsumerGroups(List.of(APPLICATION_ID)).describedGroups()
                    .get(APPLICATION_ID).get();
        } catch (ExecutionException e) {
            return false;
        }
        Set<String> holders = group.members().stream()
                .filter(member -> member.assignment().topicPartitions().stream()
                        .anyMatch(partition -> partition.topic().equals(Topics.PIPELINES.name())))
                .map(MemberDescription::clientId)
                .map(clientId -> processOf(clientId, first, second))
                .collect(Collectors.toSet());
        return group.groupState() == GroupState.STABLE && holders.equals(Set.of(first.name(), second.name()));
    }

    /** Streams prefixes its clients' ids with the configured {@code client.id}: the process's name. */
    private static String processOf(String clientId, TriggerProcess... processes) {
        for (TriggerProcess process : processes) {
            if (clientId.startsWith(process.name())) {
                return process.name();
            }
        }
        return clientId;
    }

    private static List<PipelineId> pipelineIds() {
        List<PipelineId> ids = new ArrayList<>();
        for (int i = 0; i < PIPELINES; i++) {
            ids.add(PipelineId.parse("failover/every-second-" + i));
        }
        return ids;
    }

    private static void publishEverySecondPipelines() {
        Map<String, Object> properties = new HashMap<>(kafka.clientProperties());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<PipelineId, PipelineSpec> producer = new KafkaProducer<>(properties,
                Topics.PIPELINES.keySerde().serializer(), Topics.PIPELINES.valueSerde().serializer())) {
            for (PipelineId id : pipelineIds()) {
                PipelineSpec spec = aPipeline(id.value()).cron("* * * * * *").catchup(catchupAll(1_000, null)).build();
                producer.send(new ProducerRecord<>(Topics.PIPELINES.name(), id, spec));
            }
            producer.flush();
        }
    }

    private static List<RunRequest> runRequests() {
        return kafka.consumeAll(Topics.RUN_REQUESTS.name(), Duration.ofSeconds(30), IsolationLevel.READ_COMMITTED).stream()
                .map(record -> Topics.RUN_REQUESTS.valueSerde().deserializer().deserialize(record.topic(), record.value()))
                .toList();
    }

    private static Map<PipelineId, Instant> firstFires() {
        return runRequests().stream().collect(Collectors.toMap(RunRequest::pipelineId, RunRequest::scheduledFor,
                (a, b) -> a.isBefore(b) ? a : b));
    }

    /** Whether every pipeline has a committed run-request for every second up to {@code end}. */
    private static boolean coveredUpTo(Instant end) {
        Map<PipelineId, Instant> latest = runRequests().stream().collect(Collectors.toMap(RunRequest::pipelineId,
                RunRequest::scheduledFor, (a, b) -> a.isAfter(b) ? a : b));
        return latest.size() == PIPELINES && latest.values().stream().noneMatch(time -> time.isBefore(end));
    }
}
