package io.kairos.cli.runs;

import static io.kairos.cli.support.SpecYaml.aSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.CliRun;
import io.kairos.cli.support.KairosOnBroker;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.RunRequest;
import io.kairos.model.serde.Json;
import io.kairos.model.topic.TopicWriter;
import io.kairos.model.topic.Topics;
import io.kairos.model.worker.WorkerOrder;
import io.kairos.model.worker.WorkerStatus;
import io.kairos.model.worker.DrainWorker;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.api.ApiConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.IsolationLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Runs, status and workers through kairosctl against a real broker and a ledger with its API; no executor runs. */
class RunsOnBrokerTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    @TempDir
    static Path dir;

    static KairosOnBroker kairos;

    @BeforeAll
    static void start() {
        kairos = KairosOnBroker.start(kafka, dir.resolve("ledger"), ApiConfig.DEFAULTS);
        CliRun applied = kairos.ctl("pipelines", "apply", "-f",
                aSpec("ops/manual").maxConcurrentRuns(1).overlap("allow").writeTo(dir).toString());
        assertThat(applied.exitCode()).as(applied.err()).isZero();
    }

    @AfterAll
    static void stop() {
        kairos.close();
    }

    @Test
    void aTriggeredRunIsHighPriorityManualAndTheSameKeyTwiceIsOneRun() throws Exception {
        CliRun first = kairos.ctl("runs", "trigger", "ops/manual", "--idempotency-key", "order-1", "--payload",
                "{\"order\": 1}", "-o", "json");
        CliRun second = kairos.ctl("runs", "trigger", "ops/manual", "--idempotency-key", "order-1", "-o", "json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode run = Json.mapper().readTree(first.out()).get(0);
        assertThat(run.path("runId").asText()).isEqualTo("ops/manual:order-1");
        assertThat(run.path("priority").asInt()).isEqualTo(RunRequest.MANUAL_PRIORITY);
        assertThat(Json.mapper().readTree(second.out()).get(0).path("runId").asText()).isEqualTo("ops/manual:order-1");

        JsonNode held = await().atMost(Duration.ofSeconds(30)).until(() -> get("ops/manual:order-1"), r -> r != null);
        assertThat(held.path("origin").asText()).isEqualTo("manual");
        assertThat(held.path("timeline")).isNotEmpty();
        JsonNode listed = Json.mapper().readTree(kairos.ctl("runs", "list", "--pipeline", "ops/manual", "-o", "json").out());
        assertThat(listed.findValuesAsText("runId")).containsOnlyOnce("ops/manual:order-1");
        assertThat(listed.get(0).has("scheduledFor")).isTrue();
    }

    @Test
    void cancelEndsAWaitingRunAndRetryRunsItAgainAsANewAttempt() {
        String runId = triggered("--idempotency-key", "cancel-me", "--at", "2099-01-01T00:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> state(runId), "SCHEDULED"::equals);

        assertThat(kairos.ctl("runs", "cancel", runId).exitCode()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> state(runId), "CANCELLED"::equals);

        assertThat(kairos.ctl("runs", "retry", runId).exitCode()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> get(runId).path("attempt").asInt() == 2);
        assertThat(kairos.ctl("runs", "list", "--state", "CANCELLED", "-o", "json").out()).doesNotContain(runId);
    }

    @Test
    void statusHasTheInterfaceFields() throws Exception {
        triggered();

        CliRun status = kairos.ctl("status", "-o", "json");

        assertThat(status.exitCode()).as(status.err()).isZero();
        JsonNode body = Json.mapper().readTree(status.out());
        for (String field : List.of("pipelinesActive", "runsQueued", "runsProcessing", "completedToday", "failedToday",
                "avgExecutionSeconds")) {
            assertThat(body.has(field)).as(field).isTrue();
        }
        assertThat(kairos.ctl("status").out()).contains("runsQueued:");
    }

    @Test
    void workersAreListedAndADrainOrderReachesWorkerControl() throws Exception {
        WorkerId worker = WorkerId.of("test-worker-1");
        Properties client = new Properties();
        client.putAll(kafka.clientProperties());
        try (TopicWriter writer = new TopicWriter(client, Duration.ofSeconds(30))) {
            writer.send(Topics.WORKERS, worker, new WorkerStatus(worker, "host-1", List.of("default"), 4, 1, "test",
                    false, Instant.now(), Instant.now()));
        }

        JsonNode workers = Json.mapper().readTree(kairos.ctl("workers", "list", "-o", "json").out());
        CliRun drained = kairos.ctl("workers", "drain", "test-worker-1");
        CliRun unknown = kairos.ctl("workers", "drain", "nobody");

        assertThat(workers.get(0).path("workerId").asText()).isEqualTo("test-worker-1");
        assertThat(workers.get(0).path("state").asText()).isEqualTo("live");
        assertThat(drained.exitCode()).as(drained.err()).isZero();
        List<WorkerOrder> orders = kafka.consumeAll(Topics.WORKER_CONTROL.name(), Duration.ofSeconds(30),
                IsolationLevel.READ_COMMITTED).stream().map(r -> Topics.WORKER_CONTROL.valueSerde().deserializer()
                .deserialize(Topics.WORKER_CONTROL.name(), r.value())).toList();
        assertThat(orders).anySatisfy(order -> assertThat(order).isInstanceOf(DrainWorker.class)
                .extracting(WorkerOrder::workerId).isEqualTo(worker));
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no worker nobody on kairos.workers");
    }

    @Test
    void anUnknownPipelineAndAnUnreachableApiAreFailuresThatSaySo() {
        CliRun unknown = kairos.ctl("runs", "trigger", "ops/absent");
        CliRun unreachable = CliRun.of("status", "--api", "http://127.0.0.1:1");
        CliRun badPayload = kairos.ctl("runs", "trigger", "ops/manual", "--payload", "{nope");

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no pipeline ops/absent").contains("pipelines apply");
        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.err()).contains("cannot reach the Kairos API at http://127.0.0.1:1");
        assertThat(badPayload.exitCode()).isEqualTo(2);
        assertThat(badPayload.err()).contains("--payload: not JSON");
    }

    private static String triggered(String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "runs";
        args[1] = "trigger";
        args[2] = "ops/manual";
        System.arraycopy(options, 0, args, 3, options.length);
        args[options.length + 3] = "-o";
        args[options.length + 4] = "json";
        CliRun run = kairos.ctl(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        try {
            return Json.mapper().readTree(run.out()).get(0).path("runId").asText();
        } catch (Exception e) {
            throw new AssertionError(run.out(), e);
        }
    }

    private static JsonNode get(String runId) throws Exception {
        CliRun run = kairos.ctl("runs", "get", runId, "-o", "json");
        return run.exitCode() == 0 ? Json.mapper().readTree(run.out()) : null;
    }

    private static String state(String runId) throws Exception {
        JsonNode run = get(runId);
        return run == null ? null : run.path("state").asText();
    }
}
