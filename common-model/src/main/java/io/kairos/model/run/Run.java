package io.kairos.model.run;

import static io.kairos.model.run.RunState.CANCELLED;
import static io.kairos.model.run.RunState.COMPLETED;
import static io.kairos.model.run.RunState.DISPATCHED;
import static io.kairos.model.run.RunState.FAILED;
import static io.kairos.model.run.RunState.PROCESSING;
import static io.kairos.model.run.RunState.QUEUED;
import static io.kairos.model.run.RunState.SCHEDULED;
import static io.kairos.model.run.RunState.SKIPPED;
import static io.kairos.model.run.RunState.TIMED_OUT;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.RunTransition.BecomeDue;
import io.kairos.model.run.RunTransition.Cancel;
import io.kairos.model.run.RunTransition.Dispatch;
import io.kairos.model.run.RunTransition.Fail;
import io.kairos.model.run.RunTransition.Heartbeat;
import io.kairos.model.run.RunTransition.Release;
import io.kairos.model.run.RunTransition.Reprocess;
import io.kairos.model.run.RunTransition.Retry;
import io.kairos.model.run.RunTransition.Skip;
import io.kairos.model.run.RunTransition.Stale;
import io.kairos.model.run.RunTransition.Start;
import io.kairos.model.run.RunTransition.Succeed;
import io.kairos.model.run.RunTransition.TimeOut;
import java.util.Objects;

/**
 * The lifecycle of one run as a pure, immutable state machine: {@link #apply} returns the next
 * {@code Run} or throws {@link IllegalRunTransitionException}. Side effects (dispatching, orders to
 * workers, metrics) belong to the ledger, which calls this first.
 *
 * @param attempt  the execution this run is on, from 1; events of any other attempt are stale
 * @param workerId the worker of the current attempt, once started
 * @param reason   why the run is where it is, for SKIPPED, FAILED, CANCELLED and TIMED_OUT
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Run(RunId runId, RunState state, int attempt, WorkerId workerId, String reason) {

    public Run {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(state, "state");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt: must be at least 1, was " + attempt);
        }
    }

    /** A new run: SCHEDULED until its time when {@code due} is false, otherwise QUEUED. */
    public static Run requested(RunId runId, boolean due) {
        return new Run(runId, due ? QUEUED : SCHEDULED, 1, null, null);
    }

    /** A new run that never executes. */
    public static Run skipped(RunId runId, SkipReason reason) {
        return new Run(runId, SKIPPED, 1, null, reason.wireName());
    }

    public Run apply(RunTransition transition) {
        Run next = next(transition);
        if (next == null) {
            throw new IllegalRunTransitionException(runId, state, transition);
        }
        return next;
    }

    /** The transition table: the next run, or null when {@code t} is illegal in this state. */
    private Run next(RunTransition t) {
        if (t instanceof BecomeDue) {
            return when(state == SCHEDULED, QUEUED, attempt, null, null);
        } else if (t instanceof Dispatch) {
            return when(state == QUEUED, DISPATCHED, attempt, null, null);
        } else if (t instanceof Start start) {
            return when(state == DISPATCHED, PROCESSING, attempt, start.workerId(), null);
        } else if (t instanceof Heartbeat) {
            return when(state == PROCESSING, PROCESSING, attempt, workerId, null);
        } else if (t instanceof Succeed) {
            return when(state == PROCESSING, COMPLETED, attempt, workerId, null);
        } else if (t instanceof Fail fail) {
            return fail.retry()
                    ? when(state == PROCESSING, SCHEDULED, attempt + 1, null, fail.error())
                    : when(state == PROCESSING, FAILED, attempt, workerId, fail.error());
        } else if (t instanceof Cancel cancel) {
            return when(!state.isTerminal(), CANCELLED, attempt, workerId, cancel.reason());
        } else if (t instanceof Release) {
            return when(state.isActive(), QUEUED, attempt, null, null);
        } else if (t instanceof TimeOut) {
            return when(state.isActive(), TIMED_OUT, attempt, workerId, "timeout");
        } else if (t instanceof Stale stale) {
            return stale.retry()
                    ? when(state == PROCESSING, QUEUED, attempt + 1, null, "stale")
                    : when(state == PROCESSING, FAILED, attempt, workerId, "stale");
        } else if (t instanceof Skip skip) {
            return when(state.isWaiting(), SKIPPED, attempt, null, skip.reason().wireName());
        } else if (t instanceof Retry) {
            return when(state.isTerminal(), QUEUED, attempt + 1, null, null);
        } else if (t instanceof Reprocess reprocess) {
            return when(state.isTerminal(), reprocess.due() ? QUEUED : SCHEDULED, attempt + 1, null, null);
        }
        throw new IllegalArgumentException("unknown transition " + t);
    }

    /** Whether {@code transition} is legal now, without applying it. */
    public boolean allows(RunTransition transition) {
        try {
            apply(transition);
            return true;
        } catch (IllegalRunTransitionException e) {
            return false;
        }
    }

    private Run when(boolean legal, RunState to, int nextAttempt, WorkerId worker, String why) {
        return legal ? new Run(runId, to, nextAttempt, worker, why) : null;
    }

    public boolean isTerminal() {
        return state.isTerminal();
    }
}
