package io.kairos.model.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.kairos.model.spec.WireNames;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a run is in its life. {@code SCHEDULED} (not due yet) → {@code QUEUED} (due, waiting for a
 * limit) → {@code DISPATCHED} (in a lane topic) → {@code PROCESSING} (a worker runs it) → one of the
 * terminal states. {@code SKIPPED} is the side exit of a run that never executes.
 */
public enum RunState {
    SCHEDULED,
    QUEUED,
    DISPATCHED,
    PROCESSING,
    COMPLETED,
    FAILED,
    TIMED_OUT,
    CANCELLED,
    SKIPPED;

    private static final Set<RunState> TERMINAL = EnumSet.of(COMPLETED, FAILED, TIMED_OUT, CANCELLED, SKIPPED);
    private static final Set<RunState> WAITING = EnumSet.of(SCHEDULED, QUEUED);
    private static final Set<RunState> ACTIVE = EnumSet.of(DISPATCHED, PROCESSING);

    /** Whether the run has ended; only an operator's explicit retry moves a run out of a terminal state. */
    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    /** Whether the run waits for its time or for a limit, not yet handed to a worker. */
    public boolean isWaiting() {
        return WAITING.contains(this);
    }

    /** Whether the run holds a place in its pipeline's concurrency: handed to a worker or running. */
    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    @JsonValue
    public String wireName() {
        return name();
    }

    @JsonCreator
    public static RunState parse(String value) {
        return WireNames.parse(RunState.class, values(), RunState::wireName, value);
    }
}
