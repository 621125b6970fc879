package io.kairos.worker.ledger.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How one ledger task's partition of {@code kairos.run-events} has flowed, on the broker's clock
 * (the topic's {@code LogAppendTime}): the latest append time the task has read, and since when
 * the records read have followed each other without a gap. Besides the workers' reports the
 * partition carries the task's own beacons, one per sweep, so a partition that works never goes
 * quiet for longer than a beacon interval.
 *
 * <p>An attempt is judged stale only once the partition has carried {@code staleAfter} of records,
 * without a gap, since the later of its last report and the end of the last gap. A ledger behind on
 * its input has not read that far yet; a partition whose leader was failing over, or a ledger that
 * was paused, shows a gap, and the attempt gets a whole {@code staleAfter} after the partition
 * flows again for its held-up heartbeats to arrive.
 */
final class PartitionFlow {

    private static final int BEACONS_PER_GAP = 3;

    private final Duration beaconInterval;
    private final Duration gap;
    private Instant appendedUpTo;
    private Instant flowingSince;

    /** @param beaconInterval how often the task writes a beacon: a third of the longest pause that is not a gap */
    PartitionFlow(Duration beaconInterval) {
        this.beaconInterval = Objects.requireNonNull(beaconInterval, "beaconInterval");
        this.gap = beaconInterval.multipliedBy(BEACONS_PER_GAP);
    }

    /** A record of the partition, report or beacon, appended at {@code appendedAt}, has been read. */
    void read(Instant appendedAt) {
        if (appendedUpTo == null || appendedAt.isAfter(appendedUpTo.plus(gap))) {
            flowingSince = appendedAt;
        }
        if (appendedUpTo == null || appendedAt.isAfter(appendedUpTo)) {
            appendedUpTo = appendedAt;
        }
    }

    /**
     * How much longer, in the partition's append time, the partition must flow before an attempt
     * whose last report was appended at {@code lastReportAppendedAt} may be judged stale; zero when
     * it may be now. A report appended within the last beacon interval before the deadline would
     * not save an attempt that heartbeats several times per {@code staleAfter}, so that last
     * interval is not waited for.
     */
    Duration stillToFlow(Instant lastReportAppendedAt, Duration staleAfter) {
        if (appendedUpTo == null) {
            return staleAfter;
        }
        Instant from = lastReportAppendedAt == null || lastReportAppendedAt.isBefore(flowingSince)
                ? flowingSince : lastReportAppendedAt;
        Duration missing = Duration.between(appendedUpTo, from.plus(staleAfter).minus(beaconInterval));
        return missing.isNegative() ? Duration.ZERO : missing;
    }
}
