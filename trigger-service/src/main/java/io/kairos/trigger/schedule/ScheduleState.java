package io.kairos.trigger.schedule;

import io.kairos.model.schedule.Schedule;
import io.kairos.model.spec.PipelineSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the trigger knows about one pipeline: its spec and how far its schedule has been accounted.
 * Scheduled times are nominal (the runId's time); the trigger emits each at its due time, the nominal
 * time plus the pipeline's {@link JitterOffset}.
 *
 * @param cursor    every scheduled time at or before it has left its one record (or predates the pipeline)
 * @param nextFire  the first scheduled time after the cursor; null when the schedule fires no more
 * @param pausedAt  when the pause took effect; null while active
 * @param resumedAt when the last pause ended; scheduled times due before it were missed by the pause.
 *                  Null if never paused.
 */
public record ScheduleState(PipelineSpec spec, Instant cursor, Instant nextFire, Instant pausedAt, Instant resumedAt) {

    public ScheduleState {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(cursor, "cursor");
        if (nextFire != null && !nextFire.isAfter(cursor)) {
            throw new IllegalArgumentException("nextFire " + nextFire + " must be after the cursor " + cursor);
        }
    }

    /** A pipeline first seen at {@code now}: it fires from its first scheduled time after now. */
    public static ScheduleState created(PipelineSpec spec, Instant now) {
        return new ScheduleState(spec, now, firstAfter(spec, now), spec.paused() ? now : null, null);
    }

    public boolean isPaused() {
        return pausedAt != null;
    }

    public PipelineStatus status() {
        if (isPaused()) {
            return PipelineStatus.PAUSED;
        }
        return nextFire == null ? PipelineStatus.IDLE : PipelineStatus.SCHEDULED;
    }

    public Duration jitterOffset() {
        return JitterOffset.of(spec.id(), spec.jitter());
    }

    /** When {@code scheduledTime} is emitted: the time plus the jitter offset. */
    public Instant dueTimeOf(Instant scheduledTime) {
        return scheduledTime.plus(jitterOffset());
    }

    /** When the trigger must next look at this pipeline; empty while paused or when nothing is left to fire. */
    public Optional<Instant> wakeUpAt() {
        return isPaused() || nextFire == null ? Optional.empty() : Optional.of(dueTimeOf(nextFire));
    }

    /** Accounted up to {@code newCursor}, with {@code next} the following scheduled time (null for none). */
    public ScheduleState advancedTo(Instant newCursor, Instant next) {
        return new ScheduleState(spec, newCursor, next, pausedAt, resumedAt);
    }

    /** The same schedule position under a spec whose schedule is unchanged. */
    public ScheduleState withSpec(PipelineSpec newSpec) {
        return new ScheduleState(newSpec, cursor, nextFire, pausedAt, resumedAt);
    }

    /** Under {@code newSpec}, whose schedule applies to scheduled times after {@code from}. */
    public ScheduleState rescheduledFrom(PipelineSpec newSpec, Instant from) {
        Instant newCursor = from.isAfter(cursor) ? from : cursor;
        return new ScheduleState(newSpec, newCursor, firstAfter(newSpec, newCursor), pausedAt, resumedAt);
    }

    public ScheduleState pausedAt(Instant now) {
        return new ScheduleState(spec, cursor, nextFire, now, resumedAt);
    }

    public ScheduleState resumedAt(Instant now) {
        return new ScheduleState(spec, cursor, nextFire, null, now);
    }

    private static Instant firstAfter(PipelineSpec spec, Instant instant) {
        return spec.scheduleIfAny().flatMap(schedule -> schedule.nextAfter(instant)).orElse(null);
    }

    /** Whether two specs fire at the same times: same schedule (a cron includes its zone). */
    static boolean sameSchedule(PipelineSpec a, PipelineSpec b) {
        Schedule left = a.schedule();
        Schedule right = b.schedule();
        return Objects.equals(left, right);
    }
}
