package io.kairos.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.infra.faults.harness.LedgerClient;
import io.kairos.infra.faults.harness.Pipelines;
import io.kairos.infra.faults.harness.Scenario;
import io.kairos.infra.faults.harness.ServiceProcess;
import io.kairos.infra.faults.harness.ServiceSettings;
import io.kairos.infra.faults.history.History;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.RunState;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.api.RunView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 2, graceful half: SIGTERM to a worker while it runs runs. Runs shorter than the drain
 * timeout finish on it and execute exactly once; longer ones are released and start again on the
 * other worker as the same attempt, never through stale recovery (which would have made a second
 * attempt with a stale step in its timeline). No run is lost.
 */
class WorkerStoppedTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static final Duration SHORT_RUN = Duration.ofSeconds(3);
    private static final Duration LONG_RUN = ServiceSettings.DRAIN_TIMEOUT.plusSeconds(5);
    private static final int RUNS_OF_EACH = 2;

    @Test
    void sigtermFinishesShortRunsOnceAndReleasesLongOnesToStartAgainAtOnce() throws Exception {
        try (Scenario scenario = Scenario.start(kafka, WorkerStoppedTest.class).withLedgerAndWorkers(1, 8)) {
            PipelineSpec shortOne = Pipelines.callingTheSink(PipelineId.of("stopped", "short"), scenario.sink(),
                    SHORT_RUN).build();
            PipelineSpec longOne = Pipelines.callingTheSink(PipelineId.of("stopped", "long"), scenario.sink(),
                    LONG_RUN).build();
            List<RunRequest> shortRuns = requests(scenario, shortOne);
            List<RunRequest> longRuns = requests(scenario, longOne);
            LedgerClient ledger = scenario.ledger();
            await().atMost(Duration.ofSeconds(60)).until(() -> ledger.runs(RunState.PROCESSING).size() == 2 * RUNS_OF_EACH);
            ServiceProcess stopping = scenario.workers().get(0);
            scenario.system().startExecutor("worker-2", 8).awaitReady(Duration.ofSeconds(90));

            Instant stoppedAt = Instant.now();
            int exitCode = stopping.process().terminate();
            Duration stopTook = Duration.between(stoppedAt, Instant.now());

            assertThat(exitCode).as("exit status after a clean drain").isZero();

            assertThat(stopTook).isLessThan(ServiceSettings.DRAIN_TIMEOUT.plusSeconds(10));
            await().atMost(Duration.ofSeconds(30)).until(() -> longRuns.stream().allMatch(run ->
                    ledger.run(run.runId()).filter(view -> "worker-2".equals(view.workerId())).isPresent()));
            History history = scenario.settleAndRecord(List.of(shortOne.id(), longOne.id()), 2 * RUNS_OF_EACH).build();

            scenario.assertKeepsGuarantees(history);
            assertThat(history.finals()).extracting(RunView::state).containsOnly(RunState.COMPLETED);
            shortRuns.forEach(run -> assertThat(scenario.sink().callsOf(run.runId())).hasSize(1));
            longRuns.forEach(run -> assertReleasedNotRecovered(history, run.runId()));
        }
    }

    private static List<RunRequest> requests(Scenario scenario, PipelineSpec spec) {
        List<RunRequest> requests = new ArrayList<>();
        for (int n = 0; n < RUNS_OF_EACH; n++) {
            requests.add(Pipelines.request(spec, n));
            scenario.system().request(requests.get(n));
        }
        return requests;
    }

    /** Released, not presumed dead: the same attempt completed on the other worker, and no step says stale. */
    private static void assertReleasedNotRecovered(History history, RunId runId) {
        RunView view = history.finals().stream().filter(run -> run.runId().equals(runId.value())).findFirst().orElseThrow();
        assertThat(view.attempt()).isEqualTo(1);
        assertThat(view.workerId()).isEqualTo("worker-2");
        assertThat(view.timeline()).noneMatch(step -> step.reason() != null && step.reason().contains("stale"));
    }
}
