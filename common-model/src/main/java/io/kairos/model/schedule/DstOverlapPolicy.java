package io.kairos.model.schedule;

/** What a cron schedule does with a wall time that happens twice because clocks fall back. */
public enum DstOverlapPolicy {
    /** Fire once, at the first occurrence (the default). */
    FIRST,
    /** Fire at both occurrences. */
    BOTH
}
