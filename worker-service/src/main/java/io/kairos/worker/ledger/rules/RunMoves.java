package io.kairos.worker.ledger.rules;

import io.kairos.model.backfill.BackfillId;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.Run;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.RunState;
import io.kairos.model.run.RunTransition;
import io.kairos.model.run.RunTransition.Cancel;
import io.kairos.model.run.RunTransition.Dispatch;
import io.kairos.model.run.RunTransition.TimeOut;
import io.kairos.model.worker.CancelExecution;
import io.kairos.model.worker.FenceExecution;
import io.kairos.model.worker.WorkerOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/** The steps every rule is made of: move a run through the state machine and store it, dispatch, order, fence. */
final class RunMoves {

    private final RunBook book;
    private final LedgerOutput output;
    private final LedgerListener listener;
    private final LedgerSettings settings;
    private Consumer<BackfillId> backfillRunEnded = id -> { };

    RunMoves(RunBook book, LedgerOutput output, LedgerListener listener, LedgerSettings settings) {
        this.book = book;
        this.output = output;
        this.listener = listener;
        this.settings = settings;
    }

    /** Who hears that a backfill's run ended, so the backfill may let another start. */
    void onBackfillRunEnded(Consumer<BackfillId> listener) {
        this.backfillRunEnded = listener;
    }

    RunBook book() {
        return book;
    }

    LedgerListener listener() {
        return listener;
    }

    LedgerSettings settings() {
        return settings;
    }

    /** Applies {@code transition} (throws when illegal), stores the result and reports the move. */
    RunEntry move(RunEntry entry, RunTransition transition, Instant now) {
        Run next = entry.run().apply(transition);
        RunEntry moved = entry.moved(next, now);
        if (next.isTerminal()) {
            moved = moved.withPurgeAt(now.plus(settings.retention()));
        }
        book.save(moved);
        if (next.state() != entry.state()) {
            listener.moved(entry.state(), next.state(), Duration.between(entry.stateSince(), now));
        }
        if (next.state() == RunState.PROCESSING && entry.state() != RunState.PROCESSING && entry.attempt() == 1) {
            listener.started(moved, Duration.between(dueTime(entry.request()), now));
        }
        if (next.isTerminal() && !entry.isTerminal() && entry.request().backfillId() != null) {
            backfillRunEnded.accept(entry.request().backfillId());
        }
        return moved;
    }

    /** When a run's first attempt became due: its scheduled time, or its not-before time when later. */
    private static Instant dueTime(RunRequest request) {
        Instant notBefore = request.notBefore();
        return notBefore != null && notBefore.isAfter(request.scheduledFor()) ? notBefore : request.scheduledFor();
    }

    /** Stores a new entry, with its retention when it starts terminal (a skip record). */
    RunEntry create(RunEntry entry) {
        RunEntry stored = entry.isTerminal() ? entry.withPurgeAt(entry.receivedAt().plus(settings.retention())) : entry;
        book.save(stored);
        return stored;
    }

    RunEntry save(RunEntry entry) {
        book.save(entry);
        return entry;
    }

    /** Admits a QUEUED run: DISPATCHED in the store, its attempt written to its lane. */
    RunEntry dispatch(RunEntry entry, Instant now) {
        RunEntry dispatched = move(entry, new Dispatch(), now);
        var request = dispatched.request();
        output.dispatch(request.queue(), new DispatchedRun(dispatched.runId(), request.pipelineId(),
                dispatched.attempt(), request.scheduledFor(), now, request.origin(), request.priority(),
                request.executor(), request.policy().timeout(), request.policy().staleAfter(), request.payload()));
        listener.admitted(dispatched);
        return dispatched;
    }

    /** Ends a run now as CANCELLED; its worker, if it has one, is ordered to stop. */
    RunEntry cancelNow(RunEntry entry, String reason, Instant now) {
        WorkerId worker = entry.run().workerId();
        if (worker != null) {
            output.order(new CancelExecution(worker, entry.runId(), entry.pipelineId(), entry.attempt(),
                    StopRequest.CANCEL, now));
        }
        return move(entry, new Cancel(reason), now);
    }

    /** Ends a run whose stop order was answered or ran out of grace: TIMED_OUT or CANCELLED. */
    RunEntry endStopped(RunEntry entry, Instant now) {
        StopRequest stop = entry.stop();
        return stop.timedOut() ? move(entry, new TimeOut(), now) : move(entry, new Cancel(stop.reason()), now);
    }

    /** Orders the worker of {@code entry}'s current attempt, if it has one, to stop silently. */
    void fenceWorkerOf(RunEntry entry, Instant now) {
        WorkerId worker = entry.run().workerId();
        if (worker != null) {
            output.order(new FenceExecution(worker, entry.runId(), entry.pipelineId(), entry.attempt(), now));
        }
    }

    void order(WorkerOrder order) {
        output.order(order);
    }

    void deadLetter(RunEntry failed) {
        output.deadLetter(failed);
        listener.deadLettered(failed);
    }
}
