package io.kairos.worker.ledger.rules;

import io.kairos.model.run.Origin;
import io.kairos.model.run.Run;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.RunTransition.Reprocess;
import java.time.Instant;
import java.util.Optional;

/**
 * Run-requests: a new run id is stored SCHEDULED (not due yet), QUEUED and offered for admission,
 * or SKIPPED (a skip record). A run id already held is dropped, unless the request asks to
 * reprocess a finished run, which then runs again as a new attempt under the new request.
 */
final class RequestIntake {

    private final RunMoves moves;
    private final PipelineAdmission admission;
    private final BackfillRules backfills;

    RequestIntake(RunMoves moves, PipelineAdmission admission, BackfillRules backfills) {
        this.moves = moves;
        this.admission = admission;
        this.backfills = backfills;
    }

    void on(RunRequest request, Instant now) {
        Optional<RunEntry> held = moves.book().find(request.runId());
        if (held.isPresent()) {
            reprocessOrDrop(held.get(), request, now);
        } else if (request.isSkip()) {
            moves.create(RunEntry.received(request, Run.skipped(request.runId(), request.skipReason()), now));
            moves.listener().skipped(request.skipReason());
        } else {
            boolean due = isDue(request, now);
            RunEntry entry = moves.create(RunEntry.received(request, Run.requested(request.runId(), due), now));
            if (due) {
                admission.queued(entry, isScheduledFire(request), now);
            }
            touchBackfill(request);
        }
    }

    private void touchBackfill(RunRequest request) {
        if (request.backfillId() != null) {
            backfills.touch(request.backfillId());
        }
    }

    private void reprocessOrDrop(RunEntry held, RunRequest request, Instant now) {
        if (!request.reprocesses(held.state()) || request.isSkip()) {
            moves.listener().duplicateRequest();
            if (request.backfillId() != null) {
                backfills.countKept(request.backfillId());
            }
            return;
        }
        boolean due = isDue(request, now);
        RunEntry moved = moves.move(held.withRequest(request), new Reprocess(due), now);
        if (due) {
            admission.queued(moved, false, now);
        }
        touchBackfill(request);
    }

    /** Only the schedule's own fires meet the overlap policy {@code skip}; a run someone asked for waits its turn. */
    private static boolean isScheduledFire(RunRequest request) {
        return request.origin() == Origin.SCHEDULE || request.origin() == Origin.CATCHUP;
    }

    /** Due now: no {@code notBefore} in the future, and not a backfill's run (those wait for their backfill to let them start). */
    private static boolean isDue(RunRequest request, Instant now) {
        return request.backfillId() == null && (request.notBefore() == null || !request.notBefore().isAfter(now));
    }
}
