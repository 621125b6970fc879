package io.kairos.worker.ledger.rules;

import static io.kairos.model.run.RunState.DISPATCHED;

import io.kairos.model.run.RunCancelled;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunFailed;
import io.kairos.model.run.RunHeartbeat;
import io.kairos.model.run.RunReleased;
import io.kairos.model.run.RunStarted;
import io.kairos.model.run.RunSucceeded;
import io.kairos.model.run.RunTransition.Cancel;
import io.kairos.model.run.RunTransition.Fail;
import io.kairos.model.run.RunTransition.Release;
import io.kairos.model.run.RunTransition.Start;
import io.kairos.model.run.RunTransition.Succeed;
import io.kairos.model.run.RunTransition.TimeOut;
import io.kairos.model.worker.FenceExecution;
import java.time.Instant;
import java.util.Optional;

/**
 * The executors' reports. Only an event of the run's current attempt, from the worker that holds
 * it, moves the run; an event of a superseded attempt or from a second worker is fenced: counted,
 * and its worker ordered to stop.
 */
final class WorkerReports {

    static final String SUPERSEDED_ATTEMPT = "superseded-attempt";
    static final String OTHER_WORKER = "other-worker";
    static final String NOT_DISPATCHED = "not-dispatched";
    static final String UNKNOWN_RUN = "unknown-run";
    static final String RUN_ENDED = "run-ended";

    private final RunMoves moves;
    private final PipelineAdmission admission;
    private final RetryDecision retries;

    WorkerReports(RunMoves moves, PipelineAdmission admission, RetryDecision retries) {
        this.moves = moves;
        this.admission = admission;
        this.retries = retries;
    }

    /** @param appendedAt when the broker appended the event ({@code LogAppendTime}) */
    void on(RunEvent event, Instant appendedAt, Instant now) {
        Optional<RunEntry> held = moves.book().find(event.runId())
                .filter(entry -> entry.pipelineId().equals(event.pipelineId()));
        if (held.isEmpty() || event.attempt() > held.get().attempt()) {
            ignore(event, UNKNOWN_RUN, now);
        } else if (event.attempt() < held.get().attempt()) {
            fence(event, SUPERSEDED_ATTEMPT, now);
        } else if (held.get().isTerminal()) {
            ignore(event, RUN_ENDED, now);
        } else if (held.get().state().isWaiting()) {
            fence(event, NOT_DISPATCHED, now);
        } else if (isFromAnotherWorker(held.get(), event)) {
            fence(event, OTHER_WORKER, now);
        } else {
            apply(event, held.get(), appendedAt, now);
        }
    }

    private static boolean isFromAnotherWorker(RunEntry entry, RunEvent event) {
        return entry.run().workerId() != null && !entry.run().workerId().equals(event.workerId());
    }

    private void apply(RunEvent event, RunEntry entry, Instant appendedAt, Instant now) {
        RunEntry running = started(entry, event, now);
        if (event instanceof RunStarted || event instanceof RunHeartbeat) {
            moves.save(running.reportedAt(appendedAt, now));
            return;
        }
        if (event instanceof RunSucceeded succeeded) {
            moves.move(running.withOutcome(null, succeeded.summary()), new Succeed(), now);
        } else if (event instanceof RunFailed failed) {
            failed(running.withOutcome(failed.error(), failed.summary()), failed.error(), now);
        } else if (event instanceof RunCancelled cancelled) {
            cancelled(running, cancelled, now);
        } else if (event instanceof RunReleased) {
            released(running, now);
            return;
        }
        admission.admitWaiting(entry.pipelineId(), now);
    }

    /** The run as PROCESSING on the event's worker: a DISPATCHED run starts on its first event. */
    private RunEntry started(RunEntry entry, RunEvent event, Instant now) {
        return entry.state() == DISPATCHED ? moves.move(entry, new Start(event.workerId()), now) : entry;
    }

    private void failed(RunEntry entry, String error, Instant now) {
        if (entry.stop() != null) {
            moves.endStopped(entry, now);
            return;
        }
        boolean retry = entry.policy().retry().allowsAnotherAttemptAfter(entry.attempt());
        RunEntry moved = moves.move(entry, new Fail(retry, error), now);
        if (retry) {
            retries.scheduleBackoff(moved, now);
        } else {
            moves.deadLetter(moved);
        }
    }

    private void cancelled(RunEntry entry, RunCancelled event, Instant now) {
        if (entry.stop() != null) {
            moves.endStopped(entry, now);
        } else if (StopRequest.TIMEOUT.equals(event.reason())) {
            moves.move(entry, new TimeOut(), now);
        } else {
            moves.move(entry, new Cancel(event.reason() != null ? event.reason() : StopRequest.CANCEL), now);
        }
    }

    private void released(RunEntry entry, Instant now) {
        if (entry.stop() != null) {
            moves.endStopped(entry, now);
            admission.admitWaiting(entry.pipelineId(), now);
            return;
        }
        admission.queued(moves.move(entry, new Release(), now), false, now);
    }

    private void fence(RunEvent event, String why, Instant now) {
        moves.listener().fenced(why);
        moves.order(fenceOrder(event, now));
    }

    private void ignore(RunEvent event, String why, Instant now) {
        moves.listener().ignored(why);
        if (event instanceof RunStarted || event instanceof RunHeartbeat) {
            moves.order(fenceOrder(event, now));
        }
    }

    private static FenceExecution fenceOrder(RunEvent event, Instant now) {
        return new FenceExecution(event.workerId(), event.runId(), event.pipelineId(), event.attempt(), now);
    }
}
