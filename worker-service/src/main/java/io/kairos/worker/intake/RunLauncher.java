package io.kairos.worker.intake;

import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.Lane;
import io.kairos.worker.execution.AttemptRunner;
import io.kairos.worker.execution.ExecutorSelector;
import io.kairos.worker.execution.RunMdc;
import io.kairos.worker.execution.RunningAttempt;
import io.kairos.worker.report.HeartbeatInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts an attempt in a slot already taken: registers it, reports {@code RunStarted}, hands it to a run thread. */
final class RunLauncher {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    private final ExecutorSelector executors;
    private final AttemptRunner.Reporting reporting;
    private final Executor runThreads;
    private final SlotPool slots;
    private final Duration heartbeatInterval;
    private final StartedAttempts started = new StartedAttempts(StartedAttempts.DEFAULT_CAPACITY);

    RunLauncher(ExecutorSelector executors, AttemptRunner.Reporting reporting, Executor runThreads, SlotPool slots,
                Duration heartbeatInterval) {
        this.executors = executors;
        this.reporting = reporting;
        this.runThreads = runThreads;
        this.slots = slots;
        this.heartbeatInterval = heartbeatInterval;
    }

    /** Whether this worker started {@code run}'s attempt already: it is running, or it ran here. */
    boolean hasStarted(DispatchedRun run) {
        return started.contains(run.runId(), run.attempt()) || reporting.running().contains(run.runId(), run.attempt());
    }

    /** Starts {@code run}; {@code onStartAcknowledged} runs once the broker has its {@code RunStarted}. */
    void launch(DispatchedRun run, String queue, Lane lane, Runnable onStartAcknowledged) {
        Instant now = reporting.clock().instant();
        RunningAttempt attempt = new RunningAttempt(run, queue, now, System.nanoTime(),
                HeartbeatInterval.of(heartbeatInterval, run.staleAfter()));
        started.add(run.runId(), run.attempt());
        reporting.running().add(attempt);
        try (RunMdc mdc = RunMdc.of(run)) {
            log.info("Run attempt starting ({} executor, {} lane of queue {})", run.executor().type(), lane.wireName(), queue);
        }
        reporting.reporter().started(run, onStartAcknowledged);
        reporting.metrics().started(queue, lane, Duration.between(run.dispatchedAt(), now));
        runThreads.execute(new AttemptRunner(attempt, executors.forSpec(run.executor()), reporting, slots::release));
    }
}
