package io.kairos.model.run;

import io.kairos.model.id.WorkerId;
import java.util.Objects;

/**
 * Everything that moves a run from one {@link RunState} to another: the ledger's own decisions
 * (due, dispatch, skip, stale, timeout), a worker's reports (start, heartbeat, success, failure,
 * cancel, release) and an operator's retry. {@link Run#apply} is the one place that decides which
 * are legal.
 */
public sealed interface RunTransition {

    /** A waiting run's {@code notBefore} has passed. */
    record BecomeDue() implements RunTransition {
    }

    /** The ledger admitted the run and wrote it to its lane topic. */
    record Dispatch() implements RunTransition {
    }

    /** A worker started the dispatched attempt. */
    record Start(WorkerId workerId) implements RunTransition {
        public Start {
            Objects.requireNonNull(workerId, "workerId");
        }
    }

    /** The running attempt is alive. */
    record Heartbeat() implements RunTransition {
    }

    /** The attempt succeeded. */
    record Succeed() implements RunTransition {
    }

    /** The attempt failed; with {@code retry} the run waits for its backoff and tries again. */
    record Fail(boolean retry, String error) implements RunTransition {
    }

    /** The run was cancelled: before it ran, or by its worker on an order. */
    record Cancel(String reason) implements RunTransition {
    }

    /** The worker gave the attempt back unfinished (draining); it is queued again, same attempt. */
    record Release() implements RunTransition {
    }

    /** The run passed its timeout. */
    record TimeOut() implements RunTransition {
    }

    /** The attempt's heartbeats stopped; with {@code retry} it is queued again as a new attempt. */
    record Stale(boolean retry) implements RunTransition {
    }

    /** The run will not execute. */
    record Skip(SkipReason reason) implements RunTransition {
        public Skip {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** An operator asked to run a finished run again, as a new attempt. */
    record Retry() implements RunTransition {
    }

    /**
     * A request to process a finished run again under its (possibly new) rules, as a new attempt:
     * QUEUED when {@code due}, else SCHEDULED until its {@code notBefore}.
     */
    record Reprocess(boolean due) implements RunTransition {
    }
}
