package io.kairos.worker.ledger.rules;

import static io.kairos.model.run.RunState.QUEUED;

import io.kairos.model.backfill.BackfillId;
import io.kairos.model.command.BackfillCommand;
import io.kairos.model.command.CancelBackfill;
import io.kairos.model.command.PauseBackfill;
import io.kairos.model.command.ResumeBackfill;
import io.kairos.model.command.StartBackfill;
import io.kairos.model.run.RunTransition.BecomeDue;
import io.kairos.model.run.RunTransition.Cancel;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Backfills: a backfill's runs arrive held (SCHEDULED with no due time) and are let start, oldest
 * first, while fewer than {@code maxConcurrent} of them are in flight and the backfill is RUNNING.
 * Each time one of its runs ends, or it is started or resumed, more are let start. Pause holds the
 * rest; cancel ends every run that has not started CANCELLED.
 */
final class BackfillRules {

    static final String CANCELLED = "backfill cancelled";

    private final RunMoves moves;
    private final PipelineAdmission admission;
    private final BackfillBook backfills;
    private final Set<BackfillId> touched = new LinkedHashSet<>();

    BackfillRules(RunMoves moves, PipelineAdmission admission, BackfillBook backfills) {
        this.moves = moves;
        this.admission = admission;
        this.backfills = backfills;
    }

    /** Notes that {@code id} may have room now; {@link #settle} lets its runs start. */
    void touch(BackfillId id) {
        touched.add(id);
    }

    void countKept(BackfillId id) {
        backfills.countKept(id);
    }

    void on(BackfillCommand command, Instant now) {
        Optional<BackfillEntry> held = backfills.find(command.backfillId());
        if (command instanceof StartBackfill start) {
            if (held.isEmpty()) {
                backfills.save(new BackfillEntry(start, BackfillEntry.State.RUNNING, now, now));
            }
        } else if (held.isEmpty() || held.get().state() == BackfillEntry.State.CANCELLED) {
            moves.listener().ignored(OperatorCommands.NOT_APPLICABLE);
            return;
        } else if (command instanceof PauseBackfill) {
            backfills.save(held.get().in(BackfillEntry.State.PAUSED, now));
        } else if (command instanceof ResumeBackfill) {
            backfills.save(held.get().in(BackfillEntry.State.RUNNING, now));
        } else if (command instanceof CancelBackfill) {
            backfills.save(held.get().in(BackfillEntry.State.CANCELLED, now));
            cancelNotStarted(command.backfillId(), now);
        }
        touch(command.backfillId());
    }

    /** Lets the touched backfills' held runs start while they have room. */
    void settle(Instant now) {
        while (!touched.isEmpty()) {
            BackfillId id = touched.iterator().next();
            touched.remove(id);
            backfills.find(id).filter(BackfillEntry::isRunning).ifPresent(entry -> release(entry, now));
        }
    }

    private void release(BackfillEntry backfill, Instant now) {
        BackfillId id = backfill.definition().backfillId();
        int room = backfill.definition().maxConcurrent() - backfills.inFlight(id);
        for (RunEntry run : room > 0 ? backfills.held(id, room) : List.<RunEntry>of()) {
            RunEntry due = moves.move(run, new BecomeDue(), now);
            admission.queued(due, false, now);
        }
    }

    private void cancelNotStarted(BackfillId id, Instant now) {
        for (RunEntry run : backfills.held(id, Integer.MAX_VALUE)) {
            moves.move(run, new Cancel(CANCELLED), now);
        }
        for (RunEntry run : moves.book().waiting(id.pipeline())) {
            if (id.equals(run.request().backfillId()) && run.state() == QUEUED) {
                moves.move(run, new Cancel(CANCELLED), now);
            }
        }
    }
}
