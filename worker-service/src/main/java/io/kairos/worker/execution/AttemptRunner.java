package io.kairos.worker.execution;

import io.kairos.model.run.DispatchedRun;
import io.kairos.worker.report.ExecutorMetrics;
import io.kairos.worker.report.RunReporter;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes one attempt in its slot and reports how it ended. An order that stops the attempt decides
 * the report once taken (cancelled, nothing when fenced, released); otherwise the executor's result
 * does. The slot is given back last, after the final event is in the outbox.
 */
public final class AttemptRunner implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(AttemptRunner.class);

    private final RunningAttempt attempt;
    private final PipelineExecutor executor;
    private final Reporting reporting;
    private final Runnable releaseSlot;

    /** Where an ended attempt goes: the registry it leaves, the reporter, the meters, the clock. */
    public record Reporting(RunningAttempts running, RunReporter reporter, ExecutorMetrics metrics, Clock clock) {
    }

    public AttemptRunner(RunningAttempt attempt, PipelineExecutor executor, Reporting reporting, Runnable releaseSlot) {
        this.attempt = attempt;
        this.executor = executor;
        this.reporting = reporting;
        this.releaseSlot = releaseSlot;
    }

    @Override
    public void run() {
        try (RunMdc mdc = RunMdc.of(attempt.run())) {
            ExecutionResult result = execute();
            attempt.finish();
            reporting.running().remove(attempt);
            String outcome = report(result);
            Duration took = Duration.between(attempt.startedAt(), reporting.clock().instant());
            reporting.metrics().finished(attempt.queue(), outcome, took);
            log.info("Run attempt {} after {}", outcome, took);
        } finally {
            releaseSlot.run();
        }
    }

    /** The executor's result, or null when an order stopped it. */
    private ExecutionResult execute() {
        attempt.bind(Thread.currentThread());
        try {
            return attempt.stopOrder() == null ? executor.execute(RunContext.of(attempt.run())) : null;
        } catch (InterruptedException e) {
            log.debug("Run attempt interrupted by order {}", attempt.stopOrder());
            return null;
        } catch (Exception e) {
            reporting.metrics().error("executor");
            log.warn("Executor {} threw; reporting the attempt failed", attempt.run().executor().type(), e);
            return ExecutionResult.failed("executor threw " + e, null);
        } finally {
            attempt.unbind();
            Thread.interrupted(); // the interrupt was this attempt's stop signal, answered by its order
        }
    }

    private String report(ExecutionResult result) {
        DispatchedRun run = attempt.run();
        StopOrder order = attempt.stopOrder();
        if (order != null) {
            return reportStopped(run, order);
        }
        if (result.isSuccess()) {
            reporting.reporter().succeeded(run, result.summary());
            return "succeeded";
        }
        reporting.reporter().failed(run, result.error(), result.summary());
        return "failed";
    }

    private String reportStopped(DispatchedRun run, StopOrder order) {
        switch (order.kind()) {
            case CANCEL -> {
                reporting.reporter().cancelled(run, order.reason());
                return "cancelled";
            }
            case RELEASE -> {
                reporting.reporter().released(run);
                return "released";
            }
            default -> {
                return "fenced";
            }
        }
    }
}
