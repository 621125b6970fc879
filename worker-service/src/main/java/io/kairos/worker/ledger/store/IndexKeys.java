package io.kairos.worker.ledger.store;

import static io.kairos.model.run.RunState.QUEUED;

import io.kairos.model.backfill.BackfillId;
import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunState;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.worker.ledger.rules.RunEntry;
import io.kairos.worker.ledger.rules.RunTimers;
import io.kairos.worker.ledger.rules.TimerKind;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The index keys of a run entry, a pure function of the entry: on every change the store removes
 * the old entry's keys it no longer has and adds the new ones. Keys sort as strings; numbers are
 * zero-padded, and {@code |} (absent from ids) separates the parts.
 *
 * <pre>
 * w|&lt;pipeline&gt;|&lt;10-priority&gt;|&lt;scheduledFor&gt;|&lt;runId&gt;   QUEUED runs in admission order
 * a|&lt;pipeline&gt;|&lt;runId&gt;                                  DISPATCHED and PROCESSING runs
 * p|&lt;pipeline&gt;|&lt;newest first&gt;|&lt;runId&gt;                   every run of a pipeline
 * s|&lt;STATE&gt;|&lt;newest first&gt;|&lt;runId&gt;                      every run in a state
 * r|&lt;newest first&gt;|&lt;runId&gt;                                every run
 * timer|&lt;KIND&gt;|&lt;deadline&gt;|&lt;runId&gt;                         the ledger's deadlines
 * bh|&lt;backfill&gt;|&lt;scheduledFor&gt;|&lt;runId&gt;                     a backfill's runs held back, oldest first
 * bo|&lt;backfill&gt;|&lt;runId&gt;                                   a backfill's runs let start and not ended
 * </pre>
 */
public final class IndexKeys {

    static final String SEP = "|";
    static final String END = "~";
    private static final long NEWEST_FIRST_BASE = 9_999_999_999_999_999L;

    private IndexKeys() {
    }

    public static Set<String> of(RunEntry entry) {
        Set<String> keys = new HashSet<>();
        if (entry == null) {
            return keys;
        }
        String run = entry.runId().value();
        String newestFirst = newestFirst(entry.request().scheduledFor());
        keys.add(pipelineRunsPrefix(entry.pipelineId()) + newestFirst + SEP + run);
        keys.add(statePrefix(entry.state()) + newestFirst + SEP + run);
        keys.add(ALL_RUNS + newestFirst + SEP + run);
        if (entry.state() == QUEUED) {
            keys.add(waitingPrefix(entry.pipelineId()) + admissionRank(entry) + SEP + run);
        }
        if (entry.state().isActive()) {
            keys.add(activePrefix(entry.pipelineId()) + run);
        }
        RunTimers.of(entry).forEach((kind, at) -> keys.add(timerPrefix(kind) + time(at) + SEP + run));
        BackfillId backfill = entry.request().backfillId();
        if (entry.isHeldByBackfill()) {
            keys.add(backfillHeldPrefix(backfill) + time(entry.request().scheduledFor()) + SEP + run);
        } else if (backfill != null && !entry.isTerminal()) {
            keys.add(backfillInFlightPrefix(backfill) + run);
        }
        return keys;
    }

    public static final String ALL_RUNS = "r" + SEP;
    static final String WAITING = "w" + SEP;
    static final String ACTIVE = "a" + SEP;
    static final String TIMER = "timer" + SEP;

    public static String waitingPrefix(PipelineId pipeline) {
        return WAITING + pipeline.value() + SEP;
    }

    public static String activePrefix(PipelineId pipeline) {
        return ACTIVE + pipeline.value() + SEP;
    }

    public static String pipelineRunsPrefix(PipelineId pipeline) {
        return "p" + SEP + pipeline.value() + SEP;
    }

    public static String statePrefix(RunState state) {
        return "s" + SEP + state.name() + SEP;
    }

    public static String backfillHeldPrefix(BackfillId backfill) {
        return "bh" + SEP + backfill.value() + SEP;
    }

    public static String backfillInFlightPrefix(BackfillId backfill) {
        return "bo" + SEP + backfill.value() + SEP;
    }

    public static String timerPrefix(TimerKind kind) {
        return TIMER + kind.name() + SEP;
    }

    /** The last key a timer range up to and including {@code now} reaches. */
    public static String timerUpTo(TimerKind kind, Instant now) {
        return timerPrefix(kind) + time(now) + SEP + END;
    }

    private static String admissionRank(RunEntry entry) {
        return zeroPadded(PipelineSpec.MAX_PRIORITY - entry.request().priority(), 2) + SEP
                + time(entry.request().scheduledFor());
    }

    static String time(Instant at) {
        return zeroPadded(Math.max(0L, at.toEpochMilli()), 16);
    }

    private static String newestFirst(Instant at) {
        return zeroPadded(NEWEST_FIRST_BASE - Math.max(0L, at.toEpochMilli()), 16);
    }

    /** {@code value} (not negative) in {@code width} digits, zeros in front: {@code String.format("%0<width>d")} without its parsing. */
    static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
