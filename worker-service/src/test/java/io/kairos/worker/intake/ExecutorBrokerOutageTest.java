package io.kairos.worker.intake;

import static io.kairos.worker.support.DispatchedRuns.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.model.id.WorkerId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.RunStarted;
import io.kairos.model.run.RunSucceeded;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.report.ExecutorMetrics;
import io.kairos.worker.support.ExecutorTestBed;
import io.kairos.worker.support.RunEventsReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A broker outage while runs execute: the runs go on, and their reports reach the ledger once it is back,
 * also when the outage outlasts the producer's {@code max.block.ms} and it refuses to take them in.
 */
class ExecutorBrokerOutageTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    @Test
    void runsFinishWhileTheBrokerIsDownAndTheirReportsArriveWhenItIsBack() {
        ExecutorTestBed bed = new ExecutorTestBed(kafka);
        bed.createTopics(List.of("outage"));
        WorkerId worker = WorkerId.of("outage-worker");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (WorkerExecutor executor = bed.start(withoutEarlyHeartbeats(bed.config(worker.value(), "outage", 4, Map.of())),
                registry);
             RunEventsReader events = new RunEventsReader(kafka.bootstrapServers(), worker)) {
            List<DispatchedRun> runs = List.of(
                    aRun().pipeline("acme/outage-a").sleeping(Duration.ofSeconds(4)).build(),
                    aRun().pipeline("acme/outage-b").sleeping(Duration.ofSeconds(5)).build());
            runs.forEach(run -> bed.dispatch("outage", run));
            await().atMost(Duration.ofSeconds(30)).until(() -> events.events(RunStarted.class).size() == 2);

            kafka.stopBroker(0);
            await().atMost(Duration.ofSeconds(30)).until(() -> executor.status().busy() == 0);
            await().atMost(Duration.ofSeconds(60)).until(() -> errors(registry, "send-retry") >= 1);
            kafka.startBroker(0);

            await().atMost(Duration.ofSeconds(90)).until(() -> events.events(RunSucceeded.class).size() == 2);
            for (DispatchedRun run : runs) {
                assertThat(events.events(RunSucceeded.class, run.runId())).hasSize(1)
                        .allSatisfy(succeeded -> assertThat(succeeded.attempt()).isEqualTo(run.attempt()));
                assertThat(events.events(RunStarted.class, run.runId())).hasSize(1);
            }
            assertThat(errors(registry, "send")).isZero();
        }
    }

    /**
     * Heartbeats every 10 s (a third of the runs' staleAfter), so none leaves before the runs end: the
     * executor's producer has then written nothing to {@code kairos.run-events} when the broker goes, holds
     * none of its partitions, and cannot take the runs' reports in until the broker is back.
     */
    private static WorkerExecutorConfig withoutEarlyHeartbeats(WorkerExecutorConfig config) {
        return new WorkerExecutorConfig(config.workerId(), config.queues(), config.slots(), Duration.ofMinutes(1),
                config.drainTimeout(), config.statusInterval(), config.pollTimeout(), config.killGrace(),
                config.outboxCapacity(), config.version(), config.kafka());
    }

    private static double errors(SimpleMeterRegistry registry, String kind) {
        return registry.get(ExecutorMetrics.ERRORS).tag("kind", kind).counter().count();
    }
}
