package io.kairos.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.infra.faults.harness.FaultSystem;
import io.kairos.infra.faults.harness.Pipelines;
import io.kairos.infra.faults.harness.Scenario;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 6: the ledger killed with kill -9 under load, its transactions cut mid-commit, and
 * restarted on the same state directory while the executors keep running. No attempt is dispatched
 * twice, every run ends once, and since no worker failed, no run executes twice.
 */
class LedgerCrashTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static final int PIPELINES = 8;
    private static final int RUNS_PER_PIPELINE = 20;
    private static final Duration RUN_LENGTH = Duration.ofMillis(300);

    @Test
    void aLedgerKilledUnderLoadDispatchesNoAttemptTwiceAndEndsEveryRunOnce() throws Exception {
        try (Scenario scenario = Scenario.start(kafka, LedgerCrashTest.class).withLedgerAndWorkers(2, 6)) {
            List<PipelineSpec> pipelines = new ArrayList<>();
            for (int p = 0; p < PIPELINES; p++) {
                pipelines.add(Pipelines.callingTheSink(PipelineId.of("ledger-crash", "pipeline-" + p), scenario.sink(),
                        RUN_LENGTH).maxConcurrentRuns(2).build());
            }
            for (int n = 0; n < RUNS_PER_PIPELINE; n++) {
                int run = n;
                pipelines.forEach(spec -> scenario.system().request(Pipelines.request(spec, run)));
            }
            int expected = PIPELINES * RUNS_PER_PIPELINE;
            int killAfter = expected / 6 + Seed.random().nextInt(expected / 3);
            await().atMost(Duration.ofSeconds(60)).until(() -> scenario.sink().calls().size() >= killAfter);

            scenario.ledgerProcess().process().kill();
            int executedWhileDown = scenario.sink().calls().size();
            scenario.system().startLedger("ledger").awaitReady(FaultSystem.START_TIMEOUT);

            History history = scenario.settleAndRecord(pipelines.stream().map(PipelineSpec::id).toList(), expected)
                    .build();
            scenario.assertKeepsGuarantees(history);
            assertThat(history.finals()).extracting(RunView::state).containsOnly(RunState.COMPLETED);
            assertThat(history.sinkCalls()).hasSize(expected);
            assertThat(executedWhileDown).isLessThan(expected);
        }
    }
}
