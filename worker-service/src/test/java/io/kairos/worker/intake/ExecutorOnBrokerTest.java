package io.kairos.worker.intake;

import static io.kairos.worker.support.DispatchedRuns.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.model.id.WorkerId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.RunCancelled;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunFailed;
import io.kairos.model.run.RunHeartbeat;
import io.kairos.model.run.RunStarted;
import io.kairos.model.run.RunSucceeded;
import io.kairos.model.topic.Topics;
import io.kairos.model.worker.CancelExecution;
import io.kairos.model.worker.FenceExecution;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.execution.ProcessTree;
import io.kairos.worker.report.ExecutorMetrics;
import io.kairos.worker.support.ConcurrencyProbe;
import io.kairos.worker.support.ExecutorTestBed;
import io.kairos.worker.support.GateExecutor;
import io.kairos.worker.support.RunEventsReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ExecutorOnBrokerTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static ExecutorTestBed bed;

    @BeforeAll
    static void createTopics() {
        bed = new ExecutorTestBed(kafka);
        bed.createTopics(List.of("burst", "prio", "long", "cancel", "fence", "status", "bad"));
    }

    @Test
    void neverExecutesMoreRunsThanSlotsUnderABurstOfTenTimesCapacity() {
        WorkerId worker = WorkerId.of("burst-worker");
        try (WorkerExecutor executor = bed.start(bed.config(worker.value(), "burst", 4, Map.of()));
             RunEventsReader events = new RunEventsReader(kafka.bootstrapServers(), worker)) {
            for (int i = 0; i < 40; i++) {
                bed.dispatch("burst", aRun().pipeline("acme/burst-" + (i % 7)).priority(i % 11)
                        .java(ConcurrencyProbe.class, Map.of("probe", "burst", "millis", 150)).build());
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> events.events(RunSucceeded.class).size() == 40);
            assertThat(ConcurrencyProbe.highest("burst")).isEqualTo(4);
            assertThat(events.events(RunStarted.class)).hasSize(40);
        }
    }

    @Test
    void startsAHighRunBeforeEveryLowRunStillWaitingWhenAllSlotsAreBusy() {
        WorkerId worker = WorkerId.of("prio-worker");
        try (WorkerExecutor executor = bed.start(bed.config(worker.value(), "prio", 2, Map.of()));
             RunEventsReader events = new RunEventsReader(kafka.bootstrapServers(), worker)) {
            for (int i = 0; i < 2; i++) {
                bed.dispatch("prio", aRun().pipeline("acme/gate").java(GateExecutor.class, Map.of("gate", "prio")).build());
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> events.events(RunStarted.class).size() == 2);
            List<DispatchedRun> lows = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                lows.add(aRun().pipeline("acme/lanes").priority(1).build());
                bed.dispatch("prio", lows.get(i));
            }
            DispatchedRun high = aRun().pipeline("acme/lanes").priority(9).build();
            bed.dispatch("prio", high);

            GateExecutor.open("prio");

            await().atMost(Duration.ofSeconds(60)).until(() -> startedOf(events, "acme/lanes").size() == 101);
            assertThat(startedOf(events, "acme/lanes").get(0).runId()).isEqualTo(high.runId());
        }
    }

    @Test
    void completesARunLastingThreeTimesTheMaxPollIntervalWithoutARebalance() {
        WorkerId worker = WorkerId.of("long-worker");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        WorkerExecutorConfig config = bed.config(worker.value(), "long", 2,
                Map.of(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, "3000"));
        try (WorkerExecutor executor = bed.start(config, registry);
             RunEventsReader events = new RunEventsReader(kafka.bootstrapServers(), worker)) {
            DispatchedRun run = aRun().pipeline("acme/long").sleeping(Duration.ofSeconds(9)).build();
            bed.dispatch("long", run);

            await().atMost(Duration.ofSeconds(40)).until(() -> !events.events(RunSucceeded.class, run.runId()).isEmpty());
            assertThat(events.events(RunStarted.class, run.runId())).hasSize(1);
            assertThat(events.events(RunHeartbeat.class, run.runId())).isNotEmpty();
            assertThat(registry.find(ExecutorMetrics.REBALANCES).counter()).isNull();
        }
    }

    @Test
    void cancelStopsARunningCommandAndItsChildProcesses(@TempDir Path dir) {
        WorkerId worker = WorkerId.of("cancel-worker");
        try (WorkerExecutor executor = bed.start(bed.config(worker.value(), "cancel", 2, Map.of()));
             RunEventsReader events = new RunEventsReader(kafka.bootstrapServers(), worker)) {
            await().atMost(Duration.ofSeconds(30)).until(executor::isReady);
            DispatchedRun run = aRun().pipeline("acme/cancel").command("sh", "-c",
                    "sleep 300 & echo $! > c1; sleep 300 & echo $! > c2; echo $$ > p; wait").build();
            run = withWorkingDir(run, dir);
            bed.dispatch("cancel", run);
            await().atMost(Duration.ofSeconds(30)).until(() -> Stream.of("c1", "c2", "p")
                    .allMatch(name -> Files.exists(dir.resolve(name)) && !read(dir.resolve(name)).isBlank()));
            List<Long> pids = Stream.of("c1", "c2", "p").map(name -> Long.parseLong(read(dir.resolve(name)))).toList();
            assertThat(pids).allMatch(ExecutorOnBrokerTest::isRunning);

            bed.order(new CancelExecution(worker, run.runId(), run.pipelineId(), 1, "cancel", Instant.now()));

            DispatchedRun cancelled = run;
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !events.events(RunCancelled.class, cancelled.runId()).isEmpty());
            assertThat(events.events(RunCancelled.class, run.runId()).get(0).reason()).isEqualTo("cancel");
            assertThat(pids).noneMatch(ExecutorOnBrokerTest::isRunning);
        }
    }

    @Test
    void fenceStopsAnAttemptSilently() {
        WorkerId worker = WorkerId.of("fence-worker");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (WorkerExecutor executor = bed.start(bed.config(worker.value(), "fence", 2, Map.of()), registry);
             RunEventsReader events = new RunEventsReader(kafka.bootstrapServers(), worker)) {
            await().atMost(Duration.ofSeconds(30)).until(executor::isReady);
            DispatchedRun run = aRun().pipeline("acme/fence").sleeping(Duration.ofMinutes(5)).build();
            bed.dispatch("fence", run);
            await().atMost(Duration.ofSeconds(30)).until(() -> !events.events(RunStarted.class, run.runId()).isEmpty());

            bed.order(new FenceExecution(worker, run.runId(), run.pipelineId(), 1, Instant.now()));

            await().atMost(Duration.ofSeconds(30)).until(() -> executor.status().busy() == 0);
            assertThat(registry.get(ExecutorMetrics.RUNS_FINISHED).tag("outcome", "fenced").counter().count()).isEqualTo(1);
            assertThat(events.events()).filteredOn(event -> event.runId().equals(run.runId()))
                    .allMatch(event -> event instanceof RunStarted || event instanceof RunHeartbeat);
        }
    }

    @Test
    void reportsAFailedCommandWithItsExitCodeAndOutputTail() {
        WorkerId worker = WorkerId.of("status-worker");
        try (WorkerExecutor executor = bed.start(bed.config(worker.value(), "status", 2, Map.of()));
             RunEventsReader events = new RunEventsReader(kafka.bootstrapServers(), worker)) {
            DispatchedRun run = aRun().pipeline("acme/fails").command("sh", "-c", "echo broken >&2; exit 3").build();
            bed.dispatch("status", run);
            await().atMost(Duration.ofSeconds(30)).until(() -> !events.events(RunFailed.class, run.runId()).isEmpty());
            RunFailed failed = events.events(RunFailed.class, run.runId()).get(0);
            assertThat(failed.error()).isEqualTo("exit code 3");
            assertThat(failed.summary()).contains("broken");
            assertThat(failed.attempt()).isEqualTo(1);
        }
    }

    @Test
    void publishesItsStatusWhileRunningAndATombstoneWhenItLeaves() {
        WorkerId worker = WorkerId.of("liveness-worker");
        WorkerExecutor executor = bed.start(bed.config(worker.value(), "status", 3, Map.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !statusRecords(worker).isEmpty());
        executor.close();
        List<byte[]> records = statusRecords(worker);
        assertThat(Topics.WORKERS.valueSerde().deserializer().deserialize(Topics.WORKERS.name(), records.get(0)).slots())
                .isEqualTo(3);
        assertThat(records.get(records.size() - 1)).isNull();
    }

    @Test
    void sendsAnUnreadableRunToTheDeadLetterTopicAndGoesOn() {
        WorkerId worker = WorkerId.of("bad-worker");
        try (WorkerExecutor executor = bed.start(bed.config(worker.value(), "bad", 2, Map.of()));
             RunEventsReader events = new RunEventsReader(kafka.bootstrapServers(), worker)) {
            kafka.produce(Topics.lane("bad", io.kairos.model.run.Lane.NORMAL).name(), "x", "{not json");
            DispatchedRun run = aRun().pipeline("acme/after-bad").build();
            bed.dispatch("bad", run);
            await().atMost(Duration.ofSeconds(30)).until(() -> !events.events(RunSucceeded.class, run.runId()).isEmpty());
            assertThat(kafka.consumeAll(Topics.DEAD_LETTER.name())).anyMatch(record -> "x".equals(new String(record.key())));
        }
    }

    private static List<RunEvent> startedOf(RunEventsReader events, String pipeline) {
        return events.events().stream()
                .filter(event -> event instanceof RunStarted && event.pipelineId().value().equals(pipeline))
                .toList();
    }

    private static List<byte[]> statusRecords(WorkerId worker) {
        return kafka.consumeAll(Topics.WORKERS.name()).stream()
                .filter(record -> worker.value().equals(new String(record.key())))
                .map(record -> record.value())
                .toList();
    }

    private static DispatchedRun withWorkingDir(DispatchedRun run, Path dir) {
        var command = (io.kairos.model.spec.CommandExecutorSpec) run.executor();
        return new DispatchedRun(run.runId(), run.pipelineId(), run.attempt(), run.scheduledFor(), run.dispatchedAt(),
                run.origin(), run.priority(), new io.kairos.model.spec.CommandExecutorSpec(command.command(),
                command.env(), dir.toString()), run.timeout(), run.staleAfter(), run.payload());
    }

    private static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(ProcessTree::isRunning).orElse(false);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
