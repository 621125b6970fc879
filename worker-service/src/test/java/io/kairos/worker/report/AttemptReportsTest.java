package io.kairos.worker.report;

import static io.kairos.worker.support.DispatchedRuns.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kairos.model.id.WorkerId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.RunCancelled;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunFailed;
import io.kairos.model.run.RunSucceeded;
import io.kairos.model.topic.Topics;
import io.kairos.worker.execution.AttemptRunner;
import io.kairos.worker.execution.ExecutionResult;
import io.kairos.worker.execution.PipelineExecutor;
import io.kairos.worker.execution.RunningAttempt;
import io.kairos.worker.execution.RunningAttempts;
import io.kairos.worker.execution.StopOrder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What an ended attempt reports, through the outbox, and that it always gives its slot back. */
class AttemptReportsTest {

    private static final WorkerId WORKER = WorkerId.of("w-1");
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final Outbox outbox = new Outbox(100);
    private final RunningAttempts running = new RunningAttempts();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicInteger releasedSlots = new AtomicInteger();
    private final DispatchedRun run = aRun().pipeline("acme/report").build();

    @Test
    void reportsSuccessWithTheSummary() throws Exception {
        runner(context -> ExecutionResult.succeeded("all good")).run();
        assertThat(events()).singleElement().isInstanceOfSatisfying(RunSucceeded.class,
                event -> assertThat(event.summary()).isEqualTo("all good"));
        assertThat(releasedSlots).hasValue(1);
        assertThat(running.isEmpty()).isTrue();
    }

    @Test
    void reportsAThrowingExecutorAsFailedAndCountsTheError() throws Exception {
        runner(context -> {
            throw new IllegalStateException("boom");
        }).run();
        assertThat(events()).singleElement().isInstanceOfSatisfying(RunFailed.class,
                event -> assertThat(event.error()).contains("boom"));
        assertThat(registry.get(ExecutorMetrics.ERRORS).tag("kind", "executor").counter().count()).isEqualTo(1);
    }

    @Test
    void reportsACancelledAttemptWithTheOrdersReason() throws Exception {
        RunningAttempt attempt = stopWhileRunning(StopOrder.cancel("timeout"));
        assertThat(attempt.stopOrder().kind()).isEqualTo(StopOrder.Kind.CANCEL);
        assertThat(events()).singleElement().isInstanceOfSatisfying(RunCancelled.class,
                event -> assertThat(event.reason()).isEqualTo("timeout"));
    }

    @Test
    void reportsNothingForAFencedAttemptButGivesItsSlotBack() throws Exception {
        stopWhileRunning(StopOrder.fence());
        assertThat(events()).isEmpty();
        assertThat(releasedSlots).hasValue(1);
    }

    private RunningAttempt stopWhileRunning(StopOrder order) throws Exception {
        AttemptRunner runner = runner(context -> {
            Thread.sleep(Duration.ofMinutes(5).toMillis());
            return ExecutionResult.succeeded("too late");
        });
        RunningAttempt attempt = running.all().get(0);
        Thread thread = new Thread(runner);
        thread.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> thread.getState() == Thread.State.TIMED_WAITING);
        attempt.stop(order);
        thread.join(5000);
        return attempt;
    }

    private AttemptRunner runner(PipelineExecutor executor) {
        RunningAttempt attempt = new RunningAttempt(run, "default", clock.instant(), 0L, Duration.ofSeconds(2));
        running.add(attempt);
        AttemptRunner.Reporting reporting = new AttemptRunner.Reporting(running, new RunReporter(WORKER, outbox, clock),
                new ExecutorMetrics(registry, "worker-1"), clock);
        return new AttemptRunner(attempt, executor, reporting, releasedSlots::incrementAndGet);
    }

    private List<RunEvent> events() throws InterruptedException {
        List<RunEvent> events = new ArrayList<>();
        for (OutgoingRecord next = outbox.poll(0, TimeUnit.MILLISECONDS); next != null;
             next = outbox.poll(0, TimeUnit.MILLISECONDS)) {
            events.add(Topics.RUN_EVENTS.valueSerde().deserializer().deserialize("t", next.record().value()));
        }
        return events;
    }
}
