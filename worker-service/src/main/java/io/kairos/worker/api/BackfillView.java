package io.kairos.worker.api;

import io.kairos.model.backfill.Reprocess;
import io.kairos.model.command.StartBackfill;
import io.kairos.model.run.RunState;
import io.kairos.worker.ledger.query.BackfillStatus;
import io.kairos.worker.ledger.rules.BackfillEntry;
import io.kairos.worker.ledger.store.StatusCounters;
import java.time.Instant;

/**
 * A backfill as the API shows it. {@code state} is RUNNING, PAUSED, CANCELLED or DONE (every
 * scheduled time arrived and none is held or in flight). {@code kept}: times the ledger already held
 * and kept; {@code held}: runs not let start yet; {@code inFlight}: let start and not ended (at most
 * {@code maxConcurrent}); {@code ended}: runs of the backfill that ended, of which {@code completed},
 * {@code failed} (FAILED or TIMED_OUT), {@code cancelled} and {@code skipped}.
 */
public record BackfillView(String backfillId, String pipelineId, Instant from, Instant to, int runs, int maxConcurrent,
                           Reprocess reprocess, String state, long kept, long held, long inFlight, long ended,
                           long completed, long failed, long cancelled, long skipped, String requestedBy,
                           Instant requestedAt) {

    public static BackfillView of(BackfillStatus status) {
        StartBackfill definition = status.entry().definition();
        long held = status.count(StatusCounters.HELD);
        long inFlight = 0;
        long ended = 0;
        for (RunState state : RunState.values()) {
            if (state.isTerminal()) {
                ended += status.count(state.name());
            } else {
                inFlight += status.count(state.name());
            }
        }
        long kept = status.count(StatusCounters.KEPT);
        return new BackfillView(definition.backfillId().value(), definition.pipelineId().value(), definition.from(),
                definition.to(), definition.runs(), definition.maxConcurrent(), definition.reprocess(),
                state(status.entry(), definition.runs(), kept + held + inFlight + ended, held + inFlight), kept, held,
                inFlight, ended, status.count("COMPLETED"), status.count("FAILED") + status.count("TIMED_OUT"),
                status.count("CANCELLED"), status.count("SKIPPED"), definition.requestedBy(), definition.requestedAt());
    }

    private static String state(BackfillEntry entry, int runs, long arrived, long pending) {
        if (entry.state() == BackfillEntry.State.RUNNING && arrived >= runs && pending == 0) {
            return "DONE";
        }
        return entry.state().name();
    }

    /** Runs that need nothing more: ended or kept. */
    public long settled() {
        return ended + kept;
    }
}
