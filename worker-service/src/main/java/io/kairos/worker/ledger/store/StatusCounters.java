package io.kairos.worker.ledger.store;

import static io.kairos.model.run.RunState.COMPLETED;
import static io.kairos.model.run.RunState.FAILED;

import io.kairos.model.backfill.BackfillId;
import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunState;
import io.kairos.worker.ledger.rules.RunEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The status counters a change of one run moves, as deltas: runs by state, open (non-terminal) runs
 * per pipeline, and per UTC day (ledger clock) the runs that ended in each state and the execution
 * time of those that ran to completion or failure. Daily counts are never decremented, so they
 * survive the runs' purge.
 */
public final class StatusCounters {

    public static final String PIPELINES_OPEN = "pipelines-open";

    private StatusCounters() {
    }

    public static Map<String, Long> deltas(RunEntry before, RunEntry after) {
        Map<String, Long> deltas = new HashMap<>();
        if (before != null && before.request().backfillId() != null) {
            deltas.merge(backfill(before), -1L, Long::sum);
        }
        if (after != null && after.request().backfillId() != null) {
            deltas.merge(backfill(after), 1L, Long::sum);
        }
        if (before != null) {
            deltas.merge(state(before.state()), -1L, Long::sum);
            deltas.merge(open(before.pipelineId()), before.isTerminal() ? 0L : -1L, Long::sum);
        }
        if (after != null) {
            deltas.merge(state(after.state()), 1L, Long::sum);
            deltas.merge(open(after.pipelineId()), after.isTerminal() ? 0L : 1L, Long::sum);
            if (after.isTerminal() && (before == null || !before.isTerminal()) && after.finishedAt() != null) {
                ended(after, deltas);
            }
        }
        deltas.values().removeIf(delta -> delta == 0L);
        return deltas;
    }

    private static void ended(RunEntry entry, Map<String, Long> deltas) {
        LocalDate day = day(entry.finishedAt());
        deltas.merge(dayState(day, entry.state()), 1L, Long::sum);
        boolean ranToAnEnd = entry.state() == COMPLETED || entry.state() == FAILED;
        if (ranToAnEnd && entry.startedAt() != null) {
            deltas.merge(dayExecutionMillis(day), Duration.between(entry.startedAt(), entry.finishedAt()).toMillis(),
                    Long::sum);
            deltas.merge(dayExecutions(day), 1L, Long::sum);
        }
    }

    /** The counter of a backfill's runs in the entry's state ({@code HELD} for those held back). */
    private static String backfill(RunEntry entry) {
        return backfillRuns(entry.request().backfillId(), entry.isHeldByBackfill() ? HELD : entry.state().name());
    }

    public static final String HELD = "HELD";
    public static final String KEPT = "KEPT";

    /** {@code backfill|<id>|<STATE, HELD or KEPT>}: a backfill's runs by state, and its requests for runs already held and kept. */
    public static String backfillRuns(BackfillId backfill, String state) {
        return "backfill|" + backfill.value() + "|" + state;
    }

    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    public static String state(RunState state) {
        return "state|" + state.name();
    }

    public static String open(PipelineId pipeline) {
        return "open|" + pipeline.value();
    }

    public static String dayState(LocalDate day, RunState state) {
        return "day|" + day + "|" + state.name();
    }

    public static String dayExecutionMillis(LocalDate day) {
        return "day|" + day + "|execution-ms";
    }

    public static String dayExecutions(LocalDate day) {
        return "day|" + day + "|executions";
    }
}
