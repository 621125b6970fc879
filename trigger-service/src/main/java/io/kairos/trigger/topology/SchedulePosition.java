package io.kairos.trigger.topology;

import io.kairos.trigger.schedule.ScheduleState;
import java.time.Instant;

/**
 * Where a pipeline's schedule stands, the part of its {@link ScheduleState} that changes on every
 * fire; the spec is stored apart, once per change, so a fire writes (and logs) only this.
 */
record SchedulePosition(Instant cursor, Instant nextFire, Instant pausedAt, Instant resumedAt) {

    static SchedulePosition of(ScheduleState state) {
        return new SchedulePosition(state.cursor(), state.nextFire(), state.pausedAt(), state.resumedAt());
    }
}
