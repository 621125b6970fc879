package io.kairos.worker.intake;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Notices when the intake loop itself stood still (the process was paused with SIGSTOP, swapped out,
 * or starved) for so long that the group may have given its partitions to another worker meanwhile.
 * Records fetched across such a gap may belong to partitions this worker no longer owns: starting
 * them would run an attempt that another worker is already running. Measured on a monotonic ticker,
 * so wall-clock jumps do not count as standing still.
 *
 * <p>A step of the wall clock counts as a gap too: the Kafka client times its group heartbeats by
 * the wall clock, so a clock set back stops them (the group expires the member while the loop runs
 * on) and a clock set forward makes the client leave the group on a poll timeout it never had.
 * Either way the partitions may be another worker's by now. A step is the wall clock moving more
 * than the limit away from the monotonic ticker between two looks.
 */
final class PollGapWatch {

    private final long limitNanos;
    private final LongSupplier nanoTicker;
    private final LongSupplier wallMillis;
    private long lastPoll;
    private long lastPollWall;

    PollGapWatch(Duration limit, LongSupplier nanoTicker, LongSupplier wallMillis) {
        this.limitNanos = limit.toNanos();
        this.nanoTicker = nanoTicker;
        this.wallMillis = wallMillis;
        reset();
    }

    /** Called after each poll: whether the time since the previous one exceeded the limit, or the wall clock stepped. */
    boolean stoodStillSinceLastPoll() {
        boolean gap = isOverdue();
        reset();
        return gap;
    }

    /**
     * Whether the last poll is already longer ago than the limit, or the wall clock stepped since:
     * checked before each start, as the loop may stand still between.
     */
    boolean isOverdue() {
        long sinceLastPoll = nanoTicker.getAsLong() - lastPoll;
        long wallSinceLastPoll = (wallMillis.getAsLong() - lastPollWall) * 1_000_000L;
        return sinceLastPoll > limitNanos || Math.abs(wallSinceLastPoll - sinceLastPoll) > limitNanos;
    }

    /** The group just confirmed this worker's partitions (a rebalance completed): time restarts from now. */
    void reset() {
        lastPoll = nanoTicker.getAsLong();
        lastPollWall = wallMillis.getAsLong();
    }

    /** Half the group session: a gap that long may already have cost this worker its partitions. */
    static Duration limitFor(Duration sessionTimeout) {
        return sessionTimeout.dividedBy(2);
    }
}
