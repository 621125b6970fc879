package io.kairos.model.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Fires every {@code every}, at {@code anchor + k * every} for k = 0, 1, 2, ... Fire times are computed
 * from the anchor, never from the previous fire, so they never drift; the schedule does not fire
 * before its anchor. Time zones and daylight saving time do not affect it: it counts elapsed time.
 *
 * @param every  the period, at least one second
 * @param anchor the first fire time
 */
public record IntervalSchedule(Duration every, Instant anchor) implements Schedule {

    public static final Duration MIN_EVERY = Duration.ofSeconds(1);
    public static final Instant DEFAULT_ANCHOR = Instant.EPOCH;

    public IntervalSchedule {
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(anchor, "anchor");
        if (every.compareTo(MIN_EVERY) < 0) {
            throw new ScheduleException("interval must be at least 1 second, was " + every);
        }
    }

    /** Every {@code every}, anchored at {@link #DEFAULT_ANCHOR}. */
    public static IntervalSchedule every(Duration every) {
        return new IntervalSchedule(every, DEFAULT_ANCHOR);
    }

    @Override
    public Optional<Instant> nextAfter(Instant instant) {
        if (instant.isBefore(anchor)) {
            return Optional.of(anchor);
        }
        return Optional.of(fire(periodsUpTo(instant) + 1));
    }

    @Override
    public Optional<Instant> latestAtOrBefore(Instant instant) {
        if (instant.isBefore(anchor)) {
            return Optional.empty();
        }
        return Optional.of(fire(periodsUpTo(instant)));
    }

    /** The number of whole periods between the anchor and {@code instant} (not before the anchor). */
    private long periodsUpTo(Instant instant) {
        return Duration.between(anchor, instant).dividedBy(every);
    }

    private Instant fire(long periods) {
        return anchor.plus(every.multipliedBy(periods));
    }
}
