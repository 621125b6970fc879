package io.kairos.worker.ledger.rules;

import io.kairos.model.run.RunState;
import io.kairos.model.run.SkipReason;
import java.time.Duration;

/** What the ledger did, for metrics and logs; every method defaults to doing nothing. */
public interface LedgerListener {

    LedgerListener NONE = new LedgerListener() {
    };

    /** A run left {@code from} for {@code to} after {@code timeInState} there. */
    default void moved(RunState from, RunState to, Duration timeInState) {
    }

    default void admitted(RunEntry entry) {
    }

    default void skipped(SkipReason reason) {
    }

    /** A request for a run id the ledger already holds was dropped. */
    default void duplicateRequest() {
    }

    /** A failed attempt will be tried again after its backoff. */
    default void retried(RunEntry entry) {
    }

    /** A running attempt went stale; {@code requeued} false when it failed for want of attempts. */
    default void staleRecovered(boolean requeued) {
    }

    /**
     * A running attempt's staleness was not judged yet because its partition of the reports has not
     * carried staleAfter without a gap since its last report: the ledger is behind on the partition,
     * or the partition stopped flowing for a while, and the attempt's heartbeats may still arrive.
     */
    default void staleDeferred() {
    }

    /** An event of a superseded attempt, or of a worker that does not hold the attempt, changed nothing. */
    default void fenced(String why) {
    }

    /** An event or command that applies to nothing the ledger holds. */
    default void ignored(String why) {
    }

    /** A run failed with no attempts left and was copied to the dead-letter topic. */
    default void deadLettered(RunEntry entry) {
    }

    /** An input record could not be read and went to the dead-letter topic. */
    default void unreadable() {
    }

    /** A worker started the first attempt of {@code entry} {@code sinceDue} after the run became due. */
    default void started(RunEntry entry, Duration sinceDue) {
    }
}
