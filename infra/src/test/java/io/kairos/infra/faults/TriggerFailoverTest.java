package io.kairos.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.infra.faults.harness.FaultSystem;
import io.kairos.infra.faults.harness.ServiceProcess;
import io.kairos.infra.faults.harness.WorkDirs;
import io.kairos.infra.faults.history.CatchupHonoured;
import io.kairos.infra.faults.history.History;
import io.kairos.infra.faults.history.HistoryChecker;
import io.kairos.infra.faults.history.HistoryReader;
import io.kairos.infra.faults.history.ScheduleWindow;
import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunRequest;
import io.kairos.model.spec.CatchupPolicy;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.SleepExecutorSpec;
import io.kairos.model.topic.Topics;
import io.kairos.testkit.KafkaTestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 7: two trigger processes fire every-second pipelines; one is killed with kill -9 and the
 * other takes over its pipelines after an outage longer than {@code missed.after}. Every second of
 * the window leaves exactly one run-request or skip record, and each pipeline's catch-up policy
 * decides exactly which missed seconds fire.
 */
class TriggerFailoverTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static final Duration START_MARGIN = Duration.ofSeconds(4);
    private final Path workDir = WorkDirs.of(TriggerFailoverTest.class);

    @Test
    void aKilledTriggersPipelinesFireOncePerSecondWithTheirCatchupPolicyAfterFailover() throws Exception {
        try (FaultSystem system = new FaultSystem(kafka, workDir, FaultSystem.LAYOUT).createTopics()) {
            ServiceProcess first = system.startTrigger("trigger-1");
            ServiceProcess second = system.startTrigger("trigger-2");
            first.awaitReady(FaultSystem.START_TIMEOUT);
            second.awaitReady(FaultSystem.START_TIMEOUT);
            List<PipelineSpec> pipelines = pipelines();
            pipelines.forEach(system::publish);
            Instant firing = Instant.now().plus(START_MARGIN);
            HistoryReader reader = new HistoryReader(kafka);
            await().atMost(Duration.ofSeconds(60)).until(() -> everyPipelineReached(reader, pipelines, firing));

            first.process().kill();
            Instant to = Instant.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
            await().atMost(Duration.ofSeconds(90)).until(() -> everyPipelineReached(reader, pipelines, to));
            system.close();

            History recorded = reader.committed(List.of(Topics.DEFAULT_QUEUE)).settled(false).build()
                    .onlyRuns(runId -> runId.value().startsWith("failover/"));
            History history = recorded.toBuilder().windows(windows(recorded, pipelines, to)).build();
            HistoryChecker.assertKeepsGuarantees(history, workDir);
            assertThat(CatchupHonoured.violations(history.requests(), pipelines)).isEmpty();
            assertThat(pipelines).anySatisfy(spec ->
                    assertThat(CatchupHonoured.outageSizes(history.requests(), spec)).isNotEmpty());
        }
    }

    /** From each pipeline's first scheduled time (the trigger fires a new pipeline from when it reads it) to {@code to}. */
    private static List<ScheduleWindow> windows(History history, List<PipelineSpec> pipelines, Instant to) {
        return pipelines.stream().map(spec -> new ScheduleWindow(spec.id(), spec.schedule(),
                history.requests().stream().filter(request -> request.pipelineId().equals(spec.id()))
                        .map(RunRequest::scheduledFor).min(Instant::compareTo).orElseThrow().minusSeconds(1), to))
                .toList();
    }

    private static List<PipelineSpec> pipelines() {
        List<CatchupPolicy> policies = List.of(new CatchupPolicy(CatchupPolicy.Mode.NONE, 1, null),
                new CatchupPolicy(CatchupPolicy.Mode.LATEST, 1, null), new CatchupPolicy(CatchupPolicy.Mode.ALL, 3, null));
        List<PipelineSpec> pipelines = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pipelines.add(PipelineSpec.builder().id(PipelineId.of("failover", "every-second-" + i))
                    .cron("* * * * * *").catchup(policies.get(i % policies.size()))
                    .executor(new SleepExecutorSpec(Duration.ofMillis(10), 0)).build());
        }
        return pipelines;
    }

    private static boolean everyPipelineReached(HistoryReader reader, List<PipelineSpec> pipelines, Instant time) {
        List<RunRequest> requests = reader.read(Topics.RUN_REQUESTS);
        return pipelines.stream().allMatch(spec -> requests.stream()
                .anyMatch(request -> request.pipelineId().equals(spec.id()) && !request.scheduledFor().isBefore(time)));
    }
}
