package io.kairos.trigger.schedule;

import io.kairos.model.spec.PipelineSpec;
import java.time.Instant;

/**
 * How a published spec changes a pipeline's schedule state at {@code now}. Before a change applies,
 * the caller settles the current state (plans and emits what is due under the old spec, see
 * {@link #settlesBefore}), so a change never drops or doubles a scheduled time:
 * <ul>
 *   <li>new pipeline: fires from its first scheduled time after now, never for past times;</li>
 *   <li>identical spec (re-published on every apply): nothing changes;</li>
 *   <li>edited schedule: the new schedule applies to times after now; times up to now were the old
 *   schedule's and have been settled; no time at or before the cursor is ever planned again;</li>
 *   <li>paused: its times wait; resumed: the times it missed follow the catch-up policy;</li>
 *   <li>tombstone: the state goes, leaving nothing behind.</li>
 * </ul>
 */
public final class PipelineLifecycle {

    private PipelineLifecycle() {
    }

    /** The state after {@code spec} is published; null when the pipeline is deleted. */
    public static ScheduleState apply(ScheduleState current, PipelineSpec spec, Instant now) {
        if (spec == null) {
            return null;
        }
        if (current == null) {
            return ScheduleState.created(spec, now);
        }
        if (current.spec().equals(spec)) {
            return current;
        }
        return pausing(current, spec, now, rescheduled(current, spec, now));
    }

    /** Whether the old spec's due times must be planned before {@code spec} applies. */
    public static boolean settlesBefore(ScheduleState current, PipelineSpec spec) {
        if (current == null || current.spec().equals(spec)) {
            return false;
        }
        return !current.isPaused() || spec != null && !ScheduleState.sameSchedule(current.spec(), spec);
    }

    /** Whether publishing {@code spec} changes nothing. */
    public static boolean isUnchanged(ScheduleState current, PipelineSpec spec) {
        return current != null && current.spec().equals(spec);
    }

    private static ScheduleState rescheduled(ScheduleState current, PipelineSpec spec, Instant now) {
        if (ScheduleState.sameSchedule(current.spec(), spec)) {
            return current.withSpec(spec);
        }
        Instant nowInScheduledTime = now.minus(JitterOffset.of(spec.id(), spec.jitter()));
        return current.rescheduledFrom(spec, nowInScheduledTime);
    }

    private static ScheduleState pausing(ScheduleState current, PipelineSpec spec, Instant now, ScheduleState next) {
        if (spec.paused() && !current.isPaused()) {
            return next.pausedAt(now);
        }
        if (!spec.paused() && current.isPaused()) {
            return next.resumedAt(now);
        }
        return next;
    }
}
