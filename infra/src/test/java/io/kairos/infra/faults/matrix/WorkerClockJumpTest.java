package io.kairos.infra.faults.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.infra.faults.harness.FakeClock;
import io.kairos.infra.faults.harness.LedgerClient;
import io.kairos.infra.faults.harness.Pipelines;
import io.kairos.infra.faults.harness.Scenario;
import io.kairos.infra.faults.harness.ServiceProcess;
import io.kairos.infra.faults.harness.Seed;
import io.kairos.infra.faults.history.History;
import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunState;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.api.RunView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 10: a worker's wall clock jumps hours forward, then back behind the real time, then home,
 * while it runs runs longer than {@code staleAfter}. Staleness is judged on the ledger's clock and the
 * worker times its heartbeats on a monotonic clock, so no run is presumed stale: every run completes
 * as its first attempt and executes once.
 */
class WorkerClockJumpTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static final Logger log = LoggerFactory.getLogger(WorkerClockJumpTest.class);
    private static final int SLOTS = 4;
    private static final int RUNS = 8;
    private static final Duration RUN_LENGTH = Pipelines.STALE_AFTER.multipliedBy(7);

    @Test
    void aWorkersWallClockJumpingForwardAndBackCausesNoStaleRecovery() throws Exception {
        try (Scenario scenario = Scenario.start(kafka, WorkerClockJumpTest.class)) {
            FakeClock clock = FakeClock.in(scenario.workDir());
            scenario.withLedger();
            scenario.withWorker("worker-1", SLOTS, Map.of());
            ServiceProcess jumping = scenario.withWorker("worker-2", SLOTS, clock.environment());
            PipelineSpec pipeline = Pipelines.callingTheSink(PipelineId.of("clock", "jumps"), scenario.sink(),
                    RUN_LENGTH).build();
            for (int n = 0; n < RUNS; n++) {
                scenario.system().request(Pipelines.request(pipeline, n));
            }
            LedgerClient ledger = scenario.ledger();
            await().atMost(Duration.ofSeconds(60)).until(() -> ledger.runs(RunState.PROCESSING).stream()
                    .anyMatch(run -> jumping.workerId().value().equals(run.workerId())));

            jump(clock, Seed.random());

            History history = scenario.settleAndRecord(List.of(pipeline.id()), RUNS).build();
            scenario.assertKeepsGuarantees(history);
            assertThat(history.finals()).extracting(RunView::state).containsOnly(RunState.COMPLETED);
            assertThat(history.finals()).extracting(RunView::attempt).as("attempts: 2 would mean a stale recovery")
                    .containsOnly(1);
            assertThat(history.sinkCalls()).hasSize(RUNS);
        }
    }

    /** Forward by hours, back behind the real time, home again; each held longer than staleAfter. */
    private static void jump(FakeClock clock, Random random) throws Exception {
        List<Duration> offsets = new ArrayList<>(List.of(Duration.ofHours(1 + random.nextInt(3)),
                Duration.ofMinutes(-(30 + random.nextInt(90))), Duration.ZERO));
        for (Duration offset : offsets) {
            log.info("worker-2's wall clock now runs {} from the real time", offset);
            clock.jumpTo(offset);
            hold(Pipelines.STALE_AFTER.plusSeconds(2));
        }
    }

    /** The time the worker spends at one offset: time passing, not a wait for a condition. */
    private static void hold(Duration duration) {
        Awaitility.await().pollDelay(duration).atMost(duration.plusSeconds(1)).until(() -> true);
    }
}
