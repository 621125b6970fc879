package io.kairos.infra.faults.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.infra.faults.harness.LaneGroup;
import io.kairos.infra.faults.harness.MetricsScrape;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 4: runs three times longer than the executors' {@code max.poll.interval.ms}, then a burst of
 * ten times the slots at once. The intake loop keeps polling while every slot is busy, so the group
 * never rebalances; fetching pauses when the slots are full, so no worker ever runs more than its
 * slots; every run executes exactly once.
 */
class LongRunsAndBurstTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static final Duration MAX_POLL_INTERVAL = Duration.ofSeconds(4);
    private static final int WORKERS = 2;
    private static final int SLOTS = 2;
    private static final int CAPACITY = WORKERS * SLOTS;
    private static final String REBALANCES = "kairos_executor_rebalances_total";

    @Test
    void runsLongerThanThePollIntervalAndABurstOfTenTimesTheSlotsNeitherRebalanceNorOverrun() throws Exception {
        try (Scenario scenario = Scenario.start(kafka, LongRunsAndBurstTest.class)) {
            scenario.withLedger();
            for (int i = 1; i <= WORKERS; i++) {
                scenario.withWorker("worker-" + i, SLOTS,
                        Map.of("KAIROS_KAFKA_MAX_POLL_INTERVAL_MS", Long.toString(MAX_POLL_INTERVAL.toMillis())));
            }
            Random random = Seed.random();
            PipelineSpec longRuns = Pipelines.callingTheSink(PipelineId.of("long", "three-poll-intervals"),
                    scenario.sink(), MAX_POLL_INTERVAL.multipliedBy(3).plusMillis(random.nextInt(2000))).build();
            PipelineSpec burst = Pipelines.callingTheSink(PipelineId.of("long", "burst"), scenario.sink(),
                    Duration.ofMillis(500 + random.nextInt(1000))).build();
            await().atMost(Duration.ofSeconds(60)).until(() -> LaneGroup.isStableWith(kafka.admin(), WORKERS));
            double rebalancesBefore = rebalances(scenario.workers());

            for (int n = 0; n < CAPACITY; n++) {
                scenario.system().request(Pipelines.request(longRuns, n));
            }
            for (int n = 0; n < 10 * CAPACITY; n++) {
                scenario.system().request(Pipelines.request(burst, n));
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> scenario.sink().calls().size() >= 11 * CAPACITY);
            double rebalancesAfter = rebalances(scenario.workers());

            History history = scenario.settleAndRecord(List.of(longRuns.id(), burst.id()), 11 * CAPACITY).build();
            scenario.assertKeepsGuarantees(history);
            assertThat(history.finals()).extracting(RunView::state).containsOnly(RunState.COMPLETED);
            assertThat(history.finals()).extracting(RunView::attempt).containsOnly(1);
            assertThat(history.sinkCalls()).hasSize(11 * CAPACITY);
            assertThat(rebalancesAfter).as("lane partition reassignments during the long runs and the burst")
                    .isEqualTo(rebalancesBefore);
        }
    }

    private static double rebalances(List<ServiceProcess> workers) throws Exception {
        double sum = 0;
        for (ServiceProcess worker : workers) {
            sum += MetricsScrape.sum(worker, REBALANCES);
        }
        return sum;
    }
}
