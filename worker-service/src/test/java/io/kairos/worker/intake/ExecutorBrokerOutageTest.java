package io.kairos.worker.intake;

import static io.kairos.worker.support.DispatchedRuns.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.model.id.WorkerId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.RunStarted;
import io.kairos.model.run.RunSucceeded;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.support.ExecutorTestBed;
import io.kairos.worker.support.RunEventsReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A broker outage while runs execute: the runs go on, and their reports reach the ledger once it is back. */
class ExecutorBrokerOutageTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    @Test
    void runsFinishWhileTheBrokerIsDownAndTheirReportsArriveWhenItIsBack() {
        ExecutorTestBed bed = new ExecutorTestBed(kafka);
        bed.createTopics(List.of("outage"));
        WorkerId worker = WorkerId.of("outage-worker");
        try (WorkerExecutor executor = bed.start(bed.config(worker.value(), "outage", 4, Map.of()));
             RunEventsReader events = new RunEventsReader(kafka.bootstrapServers(), worker)) {
            List<DispatchedRun> runs = List.of(
                    aRun().pipeline("acme/outage-a").sleeping(Duration.ofSeconds(4)).build(),
                    aRun().pipeline("acme/outage-b").sleeping(Duration.ofSeconds(5)).build());
            runs.forEach(run -> bed.dispatch("outage", run));
            await().atMost(Duration.ofSeconds(30)).until(() -> events.events(RunStarted.class).size() == 2);

            kafka.stopBroker(0);
            await().atMost(Duration.ofSeconds(30)).until(() -> executor.status().busy() == 0);
            kafka.startBroker(0);

            await().atMost(Duration.ofSeconds(90)).until(() -> events.events(RunSucceeded.class).size() == 2);
            for (DispatchedRun run : runs) {
                assertThat(events.events(RunSucceeded.class, run.runId())).hasSize(1)
                        .allSatisfy(succeeded -> assertThat(succeeded.attempt()).isEqualTo(run.attempt()));
                assertThat(events.events(RunStarted.class, run.runId())).hasSize(1);
            }
        }
    }
}
