package io.kairos.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.infra.faults.harness.FaultSystem;
import io.kairos.infra.faults.harness.Pipelines;
import io.kairos.infra.faults.harness.Scenario;
import io.kairos.infra.faults.harness.ServiceProcess;
import io.kairos.infra.faults.history.History;
import io.kairos.infra.faults.history.HistoryReader;
import io.kairos.infra.faults.history.ScheduleWindow;
import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.RunState;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.Topics;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.api.RunView;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 1: the whole system, no faults. Every-second pipelines fire, run and complete for a while;
 * the history keeps every guarantee, and every run executed exactly once.
 */
class BaselineSoakTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static final Duration SOAK = Duration.ofSeconds(15);
    private static final int PIPELINES = 4;

    @Test
    void everySecondPipelinesFireRunAndCompleteExactlyOnceWithoutFaults() throws Exception {
        try (Scenario scenario = Scenario.start(kafka, BaselineSoakTest.class).withLedgerAndWorkers(2, 4)) {
            ServiceProcess trigger = scenario.system().startTrigger("trigger").awaitReady(FaultSystem.START_TIMEOUT);
            List<PipelineSpec> pipelines = new ArrayList<>();
            for (int p = 0; p < PIPELINES; p++) {
                pipelines.add(Pipelines.callingTheSink(PipelineId.of("soak", "every-second-" + p), scenario.sink(),
                        Duration.ofMillis(200)).cron("* * * * * *").build());
                scenario.system().publish(pipelines.get(p));
            }
            Instant to = Instant.now().plus(SOAK).truncatedTo(ChronoUnit.SECONDS);
            HistoryReader reader = new HistoryReader(kafka);
            await().atMost(SOAK.plusSeconds(60)).until(() -> reader.read(Topics.RUN_REQUESTS).stream()
                    .filter(request -> !request.scheduledFor().isBefore(to)).map(RunRequest::pipelineId).distinct()
                    .count() == PIPELINES);
            trigger.process().terminate();
            long requested = reader.read(Topics.RUN_REQUESTS).size();

            History recorded = scenario.settleAndRecord(pipelines.stream().map(PipelineSpec::id).toList(), requested)
                    .build();
            History history = recorded.toBuilder().windows(windows(recorded, pipelines, to)).build();
            scenario.assertKeepsGuarantees(history);
            assertThat(history.finals()).extracting(RunView::state).containsOnly(RunState.COMPLETED);
            assertThat(history.sinkCalls()).hasSize((int) requested);
        }
    }

    /** From each pipeline's first scheduled time (the trigger fires a new pipeline from when it reads it) to {@code to}. */
    static List<ScheduleWindow> windows(History history, List<PipelineSpec> pipelines, Instant to) {
        return pipelines.stream().map(spec -> new ScheduleWindow(spec.id(), spec.schedule(),
                history.requests().stream().filter(request -> request.pipelineId().equals(spec.id()))
                        .map(RunRequest::scheduledFor).min(Instant::compareTo).orElseThrow().minusSeconds(1), to))
                .toList();
    }
}
