package io.kairos.model.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds a schedule's last fire at or before an instant using only {@code nextAfter}: widens a window
 * backwards until it holds a fire, then bisects for the latest one. About a hundred calls at most.
 */
final class LatestFireSearch {

    static final Duration FIRST_WINDOW = Duration.ofHours(1);
    /** Fires further back than this (about 120 years) are not looked for. */
    static final Duration LONGEST_WINDOW = FIRST_WINDOW.multipliedBy(1L << 20);

    private LatestFireSearch() {
    }

    static Optional<Instant> latestAtOrBefore(Schedule schedule, Instant instant) {
        Optional<Instant> lowerBound = windowStartHoldingFire(schedule, instant);
        if (lowerBound.isEmpty()) {
            return Optional.empty();
        }
        Instant low = lowerBound.get();
        Instant high = instant;
        while (Duration.between(low, high).compareTo(Duration.ofNanos(1)) > 0) {
            Instant middle = low.plus(Duration.between(low, high).dividedBy(2));
            if (firesIn(schedule, middle, instant)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return schedule.nextAfter(low);
    }

    private static Optional<Instant> windowStartHoldingFire(Schedule schedule, Instant instant) {
        for (Duration window = FIRST_WINDOW; window.compareTo(LONGEST_WINDOW) <= 0; window = window.multipliedBy(2)) {
            Instant start = instant.minus(window);
            if (firesIn(schedule, start, instant)) {
                return Optional.of(start);
            }
        }
        return Optional.empty();
    }

    /** Whether the schedule fires in {@code (from, to]}. */
    private static boolean firesIn(Schedule schedule, Instant from, Instant to) {
        return schedule.nextAfter(from).filter(fire -> !fire.isAfter(to)).isPresent();
    }
}
