package io.kairos.worker.intake;

import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.Lane;
import io.kairos.worker.execution.AttemptRunner;
import io.kairos.worker.execution.ExecutorSelector;
import io.kairos.worker.execution.RunMdc;
import io.kairos.worker.execution.RunningAttempt;
import io.kairos.worker.report.HeartbeatInterval;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts an attempt in a slot already taken: registers it, and once its claim commits hands it to a run thread. */
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

    /**
     * Registers {@code run}'s attempt before its claim commits, so that an order the ledger sends as
     * soon as it reads the {@code RunStarted} finds it (and is obeyed when it starts); returns it.
     */
    RunningAttempt register(DispatchedRun run, String queue) {
        RunningAttempt attempt = new RunningAttempt(run, queue, reporting.clock().instant(), System.nanoTime(),
                HeartbeatInterval.of(heartbeatInterval, run.staleAfter()));
        reporting.running().add(attempt);
        return attempt;
    }

    /** The {@code RunStarted} to claim {@code attempt} with. */
    ProducerRecord<byte[], byte[]> claim(RunningAttempt attempt) {
        return reporting.reporter().started(attempt.run(), attempt.startedAt());
    }

    /** The claim of {@code attempt} did not commit: it never started. */
    void withdraw(RunningAttempt attempt) {
        reporting.running().remove(attempt);
    }

    /** Starts {@code attempt}, whose claim has committed. */
    void launch(RunningAttempt attempt, Lane lane) {
        DispatchedRun run = attempt.run();
        attempt.claimed();
        started.add(run.runId(), run.attempt());
        try (RunMdc mdc = RunMdc.of(run)) {
            log.info("Run attempt starting ({} executor, {} lane of queue {})", run.executor().type(), lane.wireName(),
                    attempt.queue());
        }
        reporting.metrics().started(attempt.queue(), lane, Duration.between(run.dispatchedAt(), attempt.startedAt()));
        runThreads.execute(new AttemptRunner(attempt, executors.forSpec(run.executor()), reporting, slots::release));
    }
}
