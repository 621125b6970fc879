package io.kairos.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.infra.faults.harness.FaultSystem;
import io.kairos.infra.faults.harness.LedgerClient;
import io.kairos.infra.faults.harness.Pipelines;
import io.kairos.infra.faults.harness.ServiceProcess;
import io.kairos.infra.faults.harness.TestSink;
import io.kairos.infra.faults.harness.WorkDirs;
import io.kairos.infra.faults.history.Fault;
import io.kairos.infra.faults.history.History;
import io.kairos.infra.faults.history.HistoryChecker;
import io.kairos.infra.faults.history.HistoryReader;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.run.RunState;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.Topics;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.api.RunView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 2: a worker killed with kill -9 while it runs runs, three times in a row. Every run it held
 * is recovered by the ledger and starts again on another worker within staleAfter plus a few seconds,
 * and every run ends in exactly one terminal state; only the runs it held are executed twice.
 */
class WorkerKilledTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static final Logger log = LoggerFactory.getLogger(WorkerKilledTest.class);
    private static final Duration RUN_LENGTH = Duration.ofSeconds(6);
    /** staleAfter (the dead member's group session is as short), a rebalance and a poll. */
    private static final Duration RESTART_BOUND = Pipelines.STALE_AFTER.plusSeconds(5);
    private static final int PIPELINES = 4;
    private static final int ROUNDS = 3;
    private static final int SLOTS = 4;

    private final Path workDir = WorkDirs.of(WorkerKilledTest.class);

    @Test
    void runsOfAWorkerKilledThreeTimesInARowStartAgainElsewhereWithinStaleAfterAndEndOnce() throws Exception {
        Clock clock = Clock.systemUTC();
        try (TestSink sink = TestSink.start(clock); FaultSystem system = new FaultSystem(kafka, workDir).createTopics()) {
            ServiceProcess ledgerProcess = system.startLedger("ledger");
            List<ServiceProcess> workers = new ArrayList<>(List.of(system.startExecutor("worker-1", SLOTS),
                    system.startExecutor("worker-2", SLOTS), system.startExecutor("worker-3", SLOTS)));
            ledgerProcess.awaitReady(FaultSystem.START_TIMEOUT);
            workers.forEach(worker -> worker.awaitReady(FaultSystem.START_TIMEOUT));
            LedgerClient ledger = new LedgerClient(ledgerProcess.uri("/"));
            List<PipelineSpec> pipelines = pipelines(sink);

            List<Fault> faults = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                int wave = round;
                pipelines.forEach(spec -> system.request(Pipelines.request(spec, wave)));
                faults.add(killABusyWorker(system, ledger, workers, round + 1));
                int requested = PIPELINES * (round + 1);
                await().atMost(Duration.ofSeconds(60)).until(() -> ledger.hasSettled(requested));
            }

            int expected = PIPELINES * ROUNDS;
            await().atMost(Duration.ofSeconds(120)).until(() -> ledger.hasSettled(expected));
            List<RunView> finals = HistoryReader.finals(ledger.base(), pipelines.stream().map(PipelineSpec::id).toList());
            system.close();
            History history = new HistoryReader(kafka).committed(List.of(Topics.DEFAULT_QUEUE))
                    .finals(finals).sinkCalls(sink.calls()).faults(faults).slots(system.slots()).build();

            HistoryChecker.assertKeepsGuarantees(history, workDir);
            assertThat(finals).extracting(RunView::state).containsOnly(RunState.COMPLETED);
            assertThat(sink.calls().stream().map(call -> call.runId()).distinct()).hasSize(expected);
        }
    }

    /**
     * Each round requests one run of each pipeline, no more than one worker's slots: whichever survivor
     * owns the lane partition of a recovered run has a free slot for it, so no recovered run queues.
     */
    private static List<PipelineSpec> pipelines(TestSink sink) {
        List<PipelineSpec> pipelines = new ArrayList<>();
        for (int p = 0; p < PIPELINES; p++) {
            pipelines.add(Pipelines.callingTheSink(PipelineId.of("killed", "pipeline-" + p), sink, RUN_LENGTH).build());
        }
        return pipelines;
    }

    /** Kills a worker that holds running runs, starts a replacement, and waits for those runs to start elsewhere. */
    private Fault killABusyWorker(FaultSystem system, LedgerClient ledger, List<ServiceProcess> workers, int round)
            throws Exception {
        Map<String, List<RunView>> running = await().atMost(Duration.ofSeconds(60))
                .until(() -> processingByWorker(ledger), byWorker -> workers.stream()
                        .anyMatch(worker -> byWorker.containsKey(worker.workerId().value())));
        ServiceProcess victim = workers.stream().filter(worker -> running.containsKey(worker.workerId().value()))
                .findFirst().orElseThrow();
        List<RunView> held = running.get(victim.workerId().value());

        Instant killedAt = Instant.now();
        victim.process().kill();
        Fault fault = Fault.killed(victim.workerId(), Instant.now());
        workers.remove(victim);

        await().atMost(RESTART_BOUND.plusSeconds(30)).until(() -> held.stream().allMatch(run -> startedElsewhere(ledger, run)));
        Duration restartedAfter = Duration.between(killedAt, Instant.now());
        workers.add(system.startExecutor("worker-" + (3 + round), SLOTS).awaitReady(FaultSystem.START_TIMEOUT));
        log.info("Round {}: {} runs of killed {} started again elsewhere after {} ms", round, held.size(),
                victim.workerId(), restartedAfter.toMillis());
        assertThat(restartedAfter).isLessThanOrEqualTo(RESTART_BOUND);
        return fault;
    }

    private static Map<String, List<RunView>> processingByWorker(LedgerClient ledger) {
        return ledger.runs(RunState.PROCESSING).stream().filter(run -> run.workerId() != null)
                .collect(Collectors.groupingBy(RunView::workerId));
    }

    private static boolean startedElsewhere(LedgerClient ledger, RunView before) {
        return ledger.run(RunId.of(before.runId())).filter(now -> now.attempt() > before.attempt()
                && now.workerId() != null && !now.workerId().equals(before.workerId())
                && (now.state() == RunState.PROCESSING || now.state() == RunState.COMPLETED)).isPresent();
    }
}
