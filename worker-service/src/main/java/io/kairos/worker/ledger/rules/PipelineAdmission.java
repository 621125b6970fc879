package io.kairos.worker.ledger.rules;

import static io.kairos.model.run.RunState.QUEUED;

import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunTransition.Skip;
import io.kairos.model.run.SkipReason;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Admission of a pipeline's due runs: in {@link AdmissionOrder} while the pipeline is under its
 * {@code maxConcurrentRuns}; otherwise a newly due run meets the pipeline's overlap policy.
 */
final class PipelineAdmission {

    static final String CANCELLED_BY_NEWER_RUN = "overlap: a newer run replaced it";

    private final RunMoves moves;

    PipelineAdmission(RunMoves moves) {
        this.moves = moves;
    }

    /**
     * {@code entry} has just become QUEUED. {@code fresh} marks a first attempt arriving on its own
     * schedule; retried, released and reprocessed runs are never skipped, only kept waiting.
     */
    void queued(RunEntry entry, boolean fresh, Instant now) {
        admitWaiting(entry.pipelineId(), now);
        Optional<RunEntry> current = moves.book().find(entry.runId()).filter(e -> e.state() == QUEUED);
        if (current.isPresent()) {
            applyOverlap(current.get(), fresh, now);
        }
    }

    /** Dispatches the pipeline's waiting runs, best first, while it has room. */
    void admitWaiting(PipelineId pipeline, Instant now) {
        Optional<RunEntry> next = moves.book().nextWaiting(pipeline);
        while (next.isPresent() && hasRoom(next.get())) {
            moves.dispatch(next.get(), now);
            next = moves.book().nextWaiting(pipeline);
        }
    }

    private boolean hasRoom(RunEntry entry) {
        int limit = entry.policy().maxConcurrentRuns();
        return moves.book().countActive(entry.pipelineId(), limit) < limit;
    }

    private void applyOverlap(RunEntry entry, boolean fresh, Instant now) {
        switch (entry.policy().overlap()) {
            case SKIP -> {
                if (fresh) {
                    skip(entry, SkipReason.OVERLAP, now);
                }
            }
            case BUFFER_ONE -> supersedeOthers(entry, now);
            case CANCEL_OTHER -> {
                cancelOldestActive(entry, now);
                admitWaiting(entry.pipelineId(), now);
            }
            case ALLOW, BUFFER_ALL -> {
                // waits in QUEUED until a run of the pipeline ends
            }
        }
    }

    private void supersedeOthers(RunEntry newest, Instant now) {
        for (RunEntry other : moves.book().waiting(newest.pipelineId())) {
            if (!other.runId().equals(newest.runId())) {
                skip(other, SkipReason.SUPERSEDED, now);
            }
        }
    }

    private void cancelOldestActive(RunEntry entry, Instant now) {
        List<RunEntry> active = moves.book().active(entry.pipelineId()).stream()
                .sorted(Comparator.comparing(RunEntry::dispatchedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        int excess = active.size() - entry.policy().maxConcurrentRuns() + 1;
        for (int i = 0; i < excess && i < active.size(); i++) {
            moves.cancelNow(active.get(i), CANCELLED_BY_NEWER_RUN, now);
        }
    }

    private void skip(RunEntry entry, SkipReason reason, Instant now) {
        moves.move(entry, new Skip(reason), now);
        moves.listener().skipped(reason);
    }
}
