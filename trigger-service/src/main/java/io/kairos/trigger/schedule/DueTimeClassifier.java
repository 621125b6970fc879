package io.kairos.trigger.schedule;

import io.kairos.model.run.Origin;
import io.kairos.model.run.SkipReason;
import io.kairos.model.spec.PipelineSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides the one record each due scheduled time of a pipeline leaves, as seen at {@code now}.
 *
 * <ul>
 *   <li>A time reached within {@code missedAfter} of its due time is on time and fires (origin
 *   {@code schedule}), unless it is older than the starting deadline ({@code late}).</li>
 *   <li>Any other time was missed: during an outage, or while the pipeline was paused. The catch-up
 *   policy picks which missed times fire (origin {@code catchup}); the others are skipped with
 *   {@code paused} when the pause missed them, else {@code late} past the deadline, else
 *   {@code catchup-policy}.</li>
 *   <li>While the pipeline is paused (a schedule edited during a pause), every time is skipped {@code paused}.</li>
 * </ul>
 * Lateness is measured from the due time (the scheduled time plus the jitter offset).
 */
final class DueTimeClassifier {

    private final ScheduleState state;
    private final Instant now;
    private final Duration missedAfter;
    private final Duration offset;
    private Optional<Instant> oldestCatchupFired;

    DueTimeClassifier(ScheduleState state, Instant now, Duration missedAfter) {
        this.state = state;
        this.now = now;
        this.missedAfter = missedAfter;
        this.offset = state.jitterOffset();
    }

    Verdict verdictFor(Instant scheduledTime) {
        if (state.isPaused()) {
            return Verdict.skip(Origin.CATCHUP, SkipReason.PAUSED);
        }
        Instant due = scheduledTime.plus(offset);
        boolean missedByPause = state.resumedAt() != null && due.isBefore(state.resumedAt());
        boolean onTime = !missedByPause && Duration.between(due, now).compareTo(missedAfter) <= 0;
        if (onTime) {
            return isPastDeadline(due) ? Verdict.skip(Origin.SCHEDULE, SkipReason.LATE) : Verdict.FIRE_ON_TIME;
        }
        if (!isPastDeadline(due) && isCatchupFired(scheduledTime)) {
            return Verdict.FIRE_CATCHUP;
        }
        return Verdict.skip(Origin.CATCHUP, missedReason(missedByPause, due));
    }

    private SkipReason missedReason(boolean missedByPause, Instant due) {
        if (missedByPause) {
            return SkipReason.PAUSED;
        }
        return isPastDeadline(due) ? SkipReason.LATE : SkipReason.CATCHUP_POLICY;
    }

    private boolean isPastDeadline(Instant due) {
        Duration deadline = spec().catchup().startingDeadline();
        return deadline != null && Duration.between(due, now).compareTo(deadline) > 0;
    }

    private boolean isCatchupFired(Instant scheduledTime) {
        if (oldestCatchupFired == null) {
            oldestCatchupFired = CatchupSelection.oldestFired(spec().schedule(), spec().catchup(),
                    newestMissedDue().minus(offset), state.cursor(), oldestEligibleScheduledTime());
        }
        return oldestCatchupFired.filter(oldest -> !scheduledTime.isBefore(oldest)).isPresent();
    }

    /** Missed times are due strictly before this: older than {@code missedAfter}, or before the resume. */
    private Instant newestMissedDue() {
        Instant byLateness = now.minus(missedAfter);
        Instant resumed = state.resumedAt();
        return resumed != null && resumed.isAfter(byLateness) ? resumed : byLateness;
    }

    private Instant oldestEligibleScheduledTime() {
        Duration deadline = spec().catchup().startingDeadline();
        return deadline == null ? null : now.minus(deadline).minus(offset);
    }

    private PipelineSpec spec() {
        return state.spec();
    }
}
