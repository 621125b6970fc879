package io.kairos.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.infra.faults.harness.LedgerClient;
import io.kairos.infra.faults.harness.Pipelines;
import io.kairos.infra.faults.harness.Scenario;
import io.kairos.infra.faults.harness.ServiceProcess;
import io.kairos.infra.faults.harness.Seed;
import io.kairos.infra.faults.history.Fault;
import io.kairos.infra.faults.history.History;
import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunState;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.api.RunView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
    private final Random random = Seed.random();
    private final Duration runLength = Duration.ofMillis(5_000 + random.nextInt(3_000));
    /** staleAfter (the dead member's group session is as short), a rebalance and a poll. */
    private static final Duration RESTART_BOUND = Pipelines.STALE_AFTER.plusSeconds(5);
    private static final int PIPELINES = 4;
    private static final int ROUNDS = 3;
    private static final int SLOTS = 4;

    @Test
    void runsOfAWorkerKilledThreeTimesInARowStartAgainElsewhereWithinStaleAfterAndEndOnce() throws Exception {
        try (Scenario scenario = Scenario.start(kafka, WorkerKilledTest.class).withLedgerAndWorkers(3, SLOTS)) {
            List<PipelineSpec> pipelines = pipelines(scenario);
            List<ServiceProcess> workers = new ArrayList<>(scenario.workers());
            List<Fault> faults = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                int wave = round;
                pipelines.forEach(spec -> scenario.system().request(Pipelines.request(spec, wave)));
                faults.add(killABusyWorker(scenario, workers, round));
                await().atMost(Scenario.SETTLE_TIMEOUT).until(() -> scenario.ledger().hasSettled(PIPELINES * wave));
            }

            History history = scenario.settleAndRecord(pipelines.stream().map(PipelineSpec::id).toList(),
                    PIPELINES * ROUNDS).faults(faults).build();

            scenario.assertKeepsGuarantees(history);
            assertThat(history.finals()).extracting(RunView::state).containsOnly(RunState.COMPLETED);
        }
    }

    /**
     * Each round requests one run of each pipeline, no more than one worker's slots: whichever survivor
     * owns the lane partition of a recovered run has a free slot for it, so no recovered run queues.
     */
    private List<PipelineSpec> pipelines(Scenario scenario) {
        List<PipelineSpec> pipelines = new ArrayList<>();
        for (int p = 0; p < PIPELINES; p++) {
            pipelines.add(Pipelines.callingTheSink(PipelineId.of("killed", "pipeline-" + p), scenario.sink(), runLength)
                    .build());
        }
        return pipelines;
    }

    /** Kills a worker that holds running runs, waits for those runs to start elsewhere, then starts a replacement. */
    private Fault killABusyWorker(Scenario scenario, List<ServiceProcess> workers, int round) throws Exception {
        LedgerClient ledger = scenario.ledger();
        Map<String, List<RunView>> running = await().atMost(Duration.ofSeconds(60))
                .until(() -> RecoveredRuns.processingByWorker(ledger), byWorker -> workers.stream()
                        .anyMatch(worker -> byWorker.containsKey(worker.workerId().value())));
        ServiceProcess victim = Seed.pick(random, workers.stream()
                .filter(worker -> running.containsKey(worker.workerId().value())).toList());
        List<RunView> held = running.get(victim.workerId().value());

        Instant killedAt = Instant.now();
        victim.process().kill();
        Fault fault = Fault.killed(victim.workerId(), Instant.now());
        workers.remove(victim);

        await().atMost(RESTART_BOUND.plusSeconds(30))
                .until(() -> held.stream().allMatch(run -> RecoveredRuns.startedElsewhere(ledger, run)));
        Duration restartedAfter = Duration.between(killedAt, Instant.now());
        log.info("Round {}: {} runs of killed {} started again elsewhere after {} ms", round, held.size(),
                victim.workerId(), restartedAfter.toMillis());
        assertThat(restartedAfter).isLessThanOrEqualTo(RESTART_BOUND);
        workers.add(scenario.system().startExecutor("worker-" + (3 + round), SLOTS)
                .awaitReady(Duration.ofSeconds(90)));
        return fault;
    }
}
