package io.kairos.model.schedule;

/** What a cron schedule does with a wall time that does not exist because clocks spring forward. */
public enum DstGapPolicy {
    /** Fire at the first instant after the gap (the default). */
    SHIFT,
    /** Do not fire for that wall time. */
    SKIP
}
