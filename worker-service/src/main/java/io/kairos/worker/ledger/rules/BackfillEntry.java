package io.kairos.worker.ledger.rules;

import io.kairos.model.command.StartBackfill;
import java.time.Instant;
import java.util.Objects;

/**
 * What the ledger holds about one backfill: its definition and whether its runs may start.
 *
 * @param state RUNNING (runs start up to the cap), PAUSED (none start) or CANCELLED (none ever will)
 */
public record BackfillEntry(StartBackfill definition, State state, Instant receivedAt, Instant changedAt) {

    /** Whether a backfill's runs may start. */
    public enum State {
        RUNNING,
        PAUSED,
        CANCELLED
    }

    public BackfillEntry {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    public BackfillEntry in(State next, Instant now) {
        return new BackfillEntry(definition, next, receivedAt, now);
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }
}
