package io.kairos.model.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Turns a wall time that a cron matched into the instants it fires at in one zone, applying the DST
 * rules described on {@link CronSchedule}: zero instants (a skipped gap), one, or two (both
 * occurrences of a repeated wall time).
 */
final class WallTimeResolver {

    private final ZoneRules rules;
    private final boolean fixedTime;
    private final DstGapPolicy gap;
    private final DstOverlapPolicy overlap;

    WallTimeResolver(ZoneId zone, boolean fixedTime, DstGapPolicy gap, DstOverlapPolicy overlap) {
        this.rules = zone.getRules();
        this.fixedTime = fixedTime;
        this.gap = gap;
        this.overlap = overlap;
    }

    /** The instants at which {@code wall} fires, in order. */
    List<Instant> instantsOf(LocalDateTime wall) {
        ZoneOffsetTransition transition = rules.getTransition(wall);
        if (transition == null) {
            return List.of(wall.toInstant(rules.getOffset(wall)));
        }
        if (transition.isGap()) {
            return shiftsOutOfGap() ? List.of(transition.getInstant()) : List.of();
        }
        Instant first = wall.toInstant(transition.getOffsetBefore());
        return firesTwiceInOverlap() ? List.of(first, wall.toInstant(transition.getOffsetAfter())) : List.of(first);
    }

    /**
     * A wall time such that every wall time firing after {@code instant} is later than it: the local
     * time of {@code instant}, or earlier when clocks fall back soon after it and repeat wall times
     * that have already passed.
     */
    LocalDateTime earliestWallTimeFiringAfter(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, rules.getOffset(instant));
        ZoneOffsetTransition next = rules.nextTransition(instant);
        if (next == null || next.isGap() || next.getDateTimeAfter().isAfter(local)) {
            return local;
        }
        return next.getDateTimeAfter().minusSeconds(1);
    }

    /** The largest UTC offset in force at any instant in {@code [from, to]}. */
    ZoneOffset largestOffsetBetween(Instant from, Instant to) {
        ZoneOffset largest = rules.getOffset(from);
        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && !next.getInstant().isAfter(to)) {
            if (next.getOffsetAfter().getTotalSeconds() > largest.getTotalSeconds()) {
                largest = next.getOffsetAfter();
            }
            next = rules.nextTransition(next.getInstant());
        }
        return largest;
    }

    private boolean shiftsOutOfGap() {
        return fixedTime && gap == DstGapPolicy.SHIFT;
    }

    private boolean firesTwiceInOverlap() {
        return !fixedTime || overlap == DstOverlapPolicy.BOTH;
    }
}
