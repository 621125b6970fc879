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
import io.kairos.model.run.RunStarted;
import io.kairos.model.run.RunState;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.api.RunView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 3: a worker frozen with SIGSTOP for longer than staleAfter, then SIGCONT. The ledger
 * presumes it dead and its runs start again elsewhere as the next attempt; when it wakes up, whatever
 * it reports about its superseded attempts is refused, and every run still ends once.
 */
class WorkerPausedTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static final Duration RUN_LENGTH = Duration.ofSeconds(5);
    private static final int PIPELINES = 4;

    @Test
    void aWorkerPausedPastStaleAfterHasItsRunsRequeuedAndItsLateReportsFenced() throws Exception {
        try (Scenario scenario = Scenario.start(kafka, WorkerPausedTest.class).withLedgerAndWorkers(2, PIPELINES)) {
            List<PipelineSpec> pipelines = new ArrayList<>();
            for (int p = 0; p < PIPELINES; p++) {
                pipelines.add(Pipelines.callingTheSink(PipelineId.of("paused", "pipeline-" + p), scenario.sink(),
                        RUN_LENGTH).build());
                scenario.system().request(Pipelines.request(pipelines.get(p), 0));
            }
            LedgerClient ledger = scenario.ledger();
            Map<String, List<RunView>> running = await().atMost(Duration.ofSeconds(60))
                    .until(() -> RecoveredRuns.processingByWorker(ledger), byWorker -> !byWorker.isEmpty());
            ServiceProcess frozen = Seed.pick(Seed.random(), scenario.workers().stream()
                    .filter(worker -> running.containsKey(worker.workerId().value())).toList());
            List<RunView> held = running.get(frozen.workerId().value());

            frozen.process().pause();
            Fault fault = Fault.paused(frozen.workerId(), Instant.now());
            // A run the frozen worker started just before the pause may not have been in the ledger's view
            // yet; it resumes only once the ledger holds none of its runs PROCESSING, or its first heartbeat
            // would keep such a run alive.
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> held.stream().allMatch(run -> RecoveredRuns.startedElsewhere(ledger, run))
                            && !RecoveredRuns.processingByWorker(ledger).containsKey(frozen.workerId().value()));
            frozen.process().resume();

            History history = scenario.settleAndRecord(pipelines.stream().map(PipelineSpec::id).toList(), PIPELINES)
                    .faults(List.of(fault)).build();

            scenario.assertKeepsGuarantees(history);
            assertThat(history.finals()).extracting(RunView::state).containsOnly(RunState.COMPLETED);
            Set<String> frozenRuns = startedBefore(history, frozen, fault);
            assertThat(frozenRuns).isNotEmpty();
            assertThat(history.finals()).filteredOn(run -> frozenRuns.contains(run.runId()))
                    .allSatisfy(run -> assertThat(run.attempt()).isGreaterThan(1));
        }
    }

    /** The runs the frozen worker had started when it was paused: all of them must have been recovered. */
    private static Set<String> startedBefore(History history, ServiceProcess frozen, Fault fault) {
        return history.events().stream()
                .filter(event -> event instanceof RunStarted && event.workerId().equals(frozen.workerId())
                        && !event.at().isAfter(fault.at()))
                .map(event -> event.runId().value())
                .collect(Collectors.toSet());
    }
}
