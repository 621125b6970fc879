package io.kairos.worker.ledger.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * How far one ledger task has read the workers' reports, on the broker's clock: the latest append
 * time ({@code LogAppendTime} of {@code kairos.run-events}) it has processed, and when, on its own
 * clock, it last processed one. A ledger that falls behind its input would otherwise judge an attempt
 * stale while the attempt's heartbeats wait, unread, in the partition.
 */
final class ReportProgress {

    private Instant appendedUpTo;
    private Instant lastReportAt;

    void processed(Instant appendedAt, Instant now) {
        appendedUpTo = appendedUpTo == null || appendedAt.isAfter(appendedUpTo) ? appendedAt : appendedUpTo;
        lastReportAt = now;
    }

    /**
     * Whether reports appended after {@code lastAppended} may still be waiting: reports are flowing
     * (one was processed within {@code staleAfter}) but none processed yet was appended
     * {@code staleAfter} after the attempt's last one. When reports stop flowing altogether, the
     * ledger's own clock decides alone.
     */
    boolean mayHoldReportsAfter(Instant lastAppended, Duration staleAfter, Instant now) {
        if (lastAppended == null || lastReportAt == null || !lastReportAt.plus(staleAfter).isAfter(now)) {
            return false;
        }
        return appendedUpTo.isBefore(lastAppended.plus(staleAfter));
    }
}
