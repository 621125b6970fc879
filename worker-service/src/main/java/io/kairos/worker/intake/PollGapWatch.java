package io.kairos.worker.intake;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Notices when the intake loop itself stood still (the process was paused with SIGSTOP, swapped out,
 * or starved) for so long that the group may have given its partitions to another worker meanwhile.
 * Records fetched across such a gap may belong to partitions this worker no longer owns: starting
 * them would run an attempt that another worker is already running. Measured on a monotonic ticker,
 * so wall-clock jumps do not count.
 */
final class PollGapWatch {

    private final long limitNanos;
    private final LongSupplier nanoTicker;
    private long lastPoll;

    PollGapWatch(Duration limit, LongSupplier nanoTicker) {
        this.limitNanos = limit.toNanos();
        this.nanoTicker = nanoTicker;
        this.lastPoll = nanoTicker.getAsLong();
    }

    /** Called after each poll: whether the time since the previous one exceeded the limit. */
    boolean stoodStillSinceLastPoll() {
        long now = nanoTicker.getAsLong();
        boolean stoodStill = now - lastPoll > limitNanos;
        lastPoll = now;
        return stoodStill;
    }

    /** Whether the last poll is already longer ago than the limit: checked before each start, as the loop may stand still between. */
    boolean isOverdue() {
        return nanoTicker.getAsLong() - lastPoll > limitNanos;
    }

    /** The group just confirmed this worker's partitions (a rebalance completed): time restarts from now. */
    void reset() {
        lastPoll = nanoTicker.getAsLong();
    }

    /** Half the group session: a gap that long may already have cost this worker its partitions. */
    static Duration limitFor(Duration sessionTimeout) {
        return sessionTimeout.dividedBy(2);
    }
}
