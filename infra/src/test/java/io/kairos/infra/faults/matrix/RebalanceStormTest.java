package io.kairos.infra.faults.matrix;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 5: a rebalance storm. While a steady stream of runs flows, workers join and leave (SIGTERM)
 * every few seconds, so the lane partitions move again and again. Every run ends once; a run executes
 * again only where a leaving worker released it; no worker exceeds its slots; and every leaving worker
 * exits 0 after its drain.
 */
class RebalanceStormTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static final Logger log = LoggerFactory.getLogger(RebalanceStormTest.class);
    private static final int SLOTS = 3;
    private static final int PIPELINES = 4;
    private static final int RUNS_PER_PIPELINE = 15;
    private static final int CHANGES = 8;

    @Test
    void workersJoiningAndLeavingEveryFewSecondsLoseNoRunAndRepeatOnlyReleasedOnes() throws Exception {
        try (Scenario scenario = Scenario.start(kafka, RebalanceStormTest.class).withLedgerAndWorkers(2, SLOTS)) {
            Random random = Seed.random();
            List<PipelineSpec> pipelines = new ArrayList<>();
            for (int p = 0; p < PIPELINES; p++) {
                pipelines.add(Pipelines.callingTheSink(PipelineId.of("storm", "pipeline-" + p), scenario.sink(),
                        Duration.ofMillis(300 + random.nextInt(1500))).maxConcurrentRuns(2).build());
            }
            for (int n = 0; n < RUNS_PER_PIPELINE; n++) {
                int run = n;
                pipelines.forEach(spec -> scenario.system().request(Pipelines.request(spec, run)));
            }
            List<Integer> exitCodes = storm(scenario, random);

            History history = scenario.settleAndRecord(pipelines.stream().map(PipelineSpec::id).toList(),
                    PIPELINES * RUNS_PER_PIPELINE).build();
            scenario.assertKeepsGuarantees(history);
            assertThat(history.finals()).extracting(RunView::state).containsOnly(RunState.COMPLETED);
            assertThat(exitCodes).as("exit status of each worker that left").containsOnly(0);
        }
    }

    /** {@link #CHANGES} joins and leaves, a few seconds apart; returns the exit codes of those that left. */
    private static List<Integer> storm(Scenario scenario, Random random) throws Exception {
        Deque<ServiceProcess> members = new ArrayDeque<>(scenario.workers());
        List<Integer> exitCodes = new ArrayList<>();
        for (int change = 1; change <= CHANGES; change++) {
            if (members.size() > 1 && (members.size() > 3 || random.nextBoolean())) {
                ServiceProcess leaving = members.pollFirst();
                log.info("Storm {}: {} leaves", change, leaving.name());
                exitCodes.add(leaving.process().terminate());
            } else {
                String name = "storm-" + change;
                log.info("Storm {}: {} joins", change, name);
                members.addLast(scenario.system().startExecutor(name, SLOTS));
            }
            pause(Duration.ofMillis(2000 + random.nextInt(2000)));
        }
        return exitCodes;
    }

    /** The storm's rhythm: time passing between membership changes, not a wait for a condition. */
    private static void pause(Duration duration) {
        Awaitility.await().pollDelay(duration).atMost(duration.plusSeconds(1)).until(() -> true);
    }
}
