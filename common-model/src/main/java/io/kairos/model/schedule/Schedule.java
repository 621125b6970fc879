package io.kairos.model.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a pipeline fires. Pure functions of time: no clock, no state.
 *
 * <p>Three kinds: a cron expression evaluated in the pipeline's time zone ({@link CronSchedule}), a
 * fixed interval from an anchor instant so that fires never drift ({@link IntervalSchedule}), and a
 * single instant ({@link OnceSchedule}). Each keeps the form it was written in, so a schedule can be
 * written back to a spec unchanged, and two schedules written alike are equal.
 */
public sealed interface Schedule permits CronSchedule, IntervalSchedule, OnceSchedule {

    /** The most fires {@link #firesBetween(Instant, Instant)} returns before it refuses the range. */
    int MAX_FIRES_PER_CALL = 10_000;

    /** The first fire time strictly after {@code instant}, or empty when the schedule fires no more. */
    Optional<Instant> nextAfter(Instant instant);

    /**
     * The last fire time at or before {@code instant}, or empty when there is none. The trigger's
     * catch-up policy {@code latest} uses it to find the one missed time to fire.
     */
    Optional<Instant> latestAtOrBefore(Instant instant);

    /**
     * Every fire time in {@code (from, to]}, in order.
     *
     * @throws IllegalArgumentException when the range holds more than {@link #MAX_FIRES_PER_CALL}
     *         fires; use {@link #firesBetween(Instant, Instant, int)} to take a bounded prefix
     */
    default List<Instant> firesBetween(Instant from, Instant to) {
        List<Instant> fires = firesBetween(from, to, MAX_FIRES_PER_CALL + 1);
        if (fires.size() > MAX_FIRES_PER_CALL) {
            throw new IllegalArgumentException("(" + from + ", " + to + "] holds more than "
                    + MAX_FIRES_PER_CALL + " fires; ask for a bounded number");
        }
        return fires;
    }

    /** The first {@code limit} fire times in {@code (from, to]}, in order; fewer when the range holds fewer. */
    default List<Instant> firesBetween(Instant from, Instant to, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit: must not be negative, was " + limit);
        }
        List<Instant> fires = new ArrayList<>();
        Optional<Instant> next = nextAfter(from);
        while (fires.size() < limit && next.isPresent() && !next.get().isAfter(to)) {
            fires.add(next.get());
            next = nextAfter(next.get());
        }
        return List.copyOf(fires);
    }
}
