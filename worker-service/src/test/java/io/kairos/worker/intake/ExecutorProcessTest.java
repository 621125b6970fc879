package io.kairos.worker.intake;

import static io.kairos.worker.support.DispatchedRuns.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.model.id.WorkerId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.RunReleased;
import io.kairos.model.run.RunStarted;
import io.kairos.model.run.RunSucceeded;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.support.ExecutorTestBed;
import io.kairos.worker.support.RunEventsReader;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The executor as its own process: what a SIGTERM does to the runs it holds. */
class ExecutorProcessTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    @Test
    void sigtermDuringRunsFinishesShortOnesReleasesTheRestAndExitsZero() throws Exception {
        ExecutorTestBed bed = new ExecutorTestBed(kafka);
        bed.createTopics(List.of("sigterm"));
        WorkerId worker = WorkerId.of("sigterm-worker");
        Process process = launch(worker, "sigterm");
        try (RunEventsReader events = new RunEventsReader(kafka.bootstrapServers(), worker)) {
            DispatchedRun shortRun = aRun().pipeline("acme/short").sleeping(Duration.ofSeconds(2)).build();
            DispatchedRun longRun = aRun().pipeline("acme/long").sleeping(Duration.ofMinutes(5)).build();
            DispatchedRun otherLongRun = aRun().pipeline("acme/long").sleeping(Duration.ofMinutes(5)).build();
            List.of(shortRun, longRun, otherLongRun).forEach(run -> bed.dispatch("sigterm", run));
            await().atMost(Duration.ofSeconds(60)).until(() -> events.events(RunStarted.class).size() == 3);

            process.destroy();

            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            await().atMost(Duration.ofSeconds(10)).until(() -> events.events(RunReleased.class).size() == 2);
            assertThat(events.events(RunSucceeded.class, shortRun.runId())).hasSize(1);
            assertThat(events.events(RunReleased.class)).extracting(RunReleased::runId)
                    .containsExactlyInAnyOrder(longRun.runId(), otherLongRun.runId());
        } finally {
            process.destroyForcibly();
        }
    }

    private static Process launch(WorkerId worker, String queue) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=logback-test.xml", ExecutorMain.class.getName());
        builder.environment().put("KAIROS_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        builder.environment().put("KAIROS_WORKER_ID", worker.value());
        builder.environment().put("KAIROS_EXECUTOR_QUEUES", queue);
        builder.environment().put("KAIROS_EXECUTOR_SLOTS", "4");
        builder.environment().put("KAIROS_EXECUTOR_DRAIN_TIMEOUT", "PT4S");
        File log = Path.of("target", "executor-process-" + worker.value() + ".log").toFile();
        builder.redirectErrorStream(true).redirectOutput(log);
        return builder.start();
    }
}
