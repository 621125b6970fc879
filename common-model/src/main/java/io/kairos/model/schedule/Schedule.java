package io.kairos.model.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a pipeline fires. Pure functions of time: no clock, no state.
 *
 * <p>Three kinds: a cron expression evaluated in the pipeline's time zone, a fixed interval from an
 * anchor instant (so fires never drift), and a single instant.
 */
public interface Schedule {

    /** The first fire time strictly after {@code instant}, or empty when the schedule fires no more. */
    Optional<Instant> nextAfter(Instant instant);

    /** Every fire time in {@code (from, to]}, in order. */
    List<Instant> firesBetween(Instant from, Instant to);
}
