package io.kairos.trigger.topology;

import io.kairos.trigger.schedule.ScheduleState;
import java.time.Instant;

/**
 * Where a pipeline's schedule stands, the part of its {@link ScheduleState} that changes on every
 * fire; the spec is stored apart, once per change, so a fire writes (and logs) only this.
 *
 * @param wakeUpAt the state's {@link ScheduleState#wakeUpAt()}, kept so the due-time index can be
 *                 rebuilt from positions alone; null when none
 */
record SchedulePosition(Instant cursor, Instant nextFire, Instant pausedAt, Instant resumedAt, Instant wakeUpAt) {

    static SchedulePosition of(ScheduleState state) {
        return new SchedulePosition(state.cursor(), state.nextFire(), state.pausedAt(), state.resumedAt(),
                state.wakeUpAt().orElse(null));
    }
}
