package io.kairos.trigger.schedule;

import io.kairos.model.schedule.Schedule;
import io.kairos.model.spec.CatchupPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which missed scheduled times a catch-up policy fires: the newest one ({@code latest}), the newest
 * {@code maxCatchupRuns} ({@code all}) or none, among those not older than the starting deadline.
 * Found by walking back from the newest missed time, so the cost is bounded by the number fired,
 * not by the length of the outage.
 */
final class CatchupSelection {

    private static final Duration JUST_BEFORE = Duration.ofNanos(1);

    private CatchupSelection() {
    }

    /**
     * The oldest scheduled time that fires; every missed, eligible time at or after it fires too.
     *
     * @param newestMissedBound missed scheduled times are strictly before it
     * @param cursor            times at or before it are already accounted
     * @param oldestEligible    times before it are past the deadline; null for no deadline
     */
    static Optional<Instant> oldestFired(Schedule schedule, CatchupPolicy policy, Instant newestMissedBound,
                                         Instant cursor, Instant oldestEligible) {
        int wanted = countFired(policy);
        if (wanted == 0) {
            return Optional.empty();
        }
        Instant oldest = null;
        Optional<Instant> candidate = schedule.latestAtOrBefore(newestMissedBound.minus(JUST_BEFORE));
        for (int taken = 0; taken < wanted && isSelectable(candidate, cursor, oldestEligible); taken++) {
            oldest = candidate.get();
            candidate = schedule.latestAtOrBefore(oldest.minus(JUST_BEFORE));
        }
        return Optional.ofNullable(oldest);
    }

    private static int countFired(CatchupPolicy policy) {
        return switch (policy.policy()) {
            case NONE -> 0;
            case LATEST -> 1;
            case ALL -> policy.maxCatchupRuns();
        };
    }

    private static boolean isSelectable(Optional<Instant> candidate, Instant cursor, Instant oldestEligible) {
        return candidate.isPresent() && candidate.get().isAfter(cursor)
                && (oldestEligible == null || !candidate.get().isBefore(oldestEligible));
    }
}
