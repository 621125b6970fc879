package io.kairos.worker.ledger.rules;

import java.time.Instant;
import java.util.function.DoubleSupplier;

/** A failed attempt with attempts left waits SCHEDULED for its exponential backoff with jitter. */
final class RetryDecision {

    private final RunMoves moves;
    private final DoubleSupplier unitRandom;

    RetryDecision(RunMoves moves, DoubleSupplier unitRandom) {
        this.moves = moves;
        this.unitRandom = unitRandom;
    }

    /** {@code retrying} is SCHEDULED on its next attempt; it becomes due after the policy's delay. */
    void scheduleBackoff(RunEntry retrying, Instant now) {
        var delay = retrying.policy().retry().delayBefore(retrying.attempt(), unitRandom.getAsDouble());
        moves.save(retrying.withDueAt(now.plus(delay)));
        moves.listener().retried(retrying);
    }
}
