package io.kairos.worker.ledger.rules;

import static io.kairos.model.run.RunState.PROCESSING;
import static io.kairos.model.run.RunState.SCHEDULED;

import io.kairos.model.id.RunId;
import io.kairos.model.run.RunTransition.BecomeDue;
import io.kairos.model.run.RunTransition.Stale;
import io.kairos.model.worker.CancelExecution;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The ledger's clock at work: runs whose deadline passed, read from time-ordered indexes so a sweep
 * costs work in proportion to what is due. Each deadline is checked again against the entry.
 */
final class TimerSweep {

    private final RunMoves moves;
    private final PipelineAdmission admission;
    private final PartitionFlow flow;

    TimerSweep(RunMoves moves, PipelineAdmission admission, PartitionFlow flow) {
        this.moves = moves;
        this.admission = admission;
        this.flow = flow;
    }

    /**
     * @param activeSince when this ledger task took over its runs: an attempt is never judged stale
     *                    before it had staleAfter to report to this task
     */
    void sweep(Instant now, Instant activeSince) {
        for (TimerKind kind : TimerKind.values()) {
            for (RunId runId : moves.book().due(kind, now, moves.settings().sweepBatch())) {
                Optional<RunEntry> entry = moves.book().find(runId);
                Instant deadline = entry.map(e -> RunTimers.of(e).get(kind)).orElse(null);
                if (deadline != null && !deadline.isAfter(now)) {
                    handle(kind, entry.get(), now, activeSince);
                }
            }
        }
    }

    private void handle(TimerKind kind, RunEntry entry, Instant now, Instant activeSince) {
        switch (kind) {
            case GRACE -> graceOver(entry, now);
            case TIMEOUT -> timedOut(entry, now);
            case STALE -> stale(entry, now, activeSince);
            case DUE -> due(entry, now);
            case PURGE -> moves.book().delete(entry);
        }
    }

    private void graceOver(RunEntry entry, Instant now) {
        moves.fenceWorkerOf(entry, now);
        moves.endStopped(entry, now);
        admission.admitWaiting(entry.pipelineId(), now);
    }

    private void timedOut(RunEntry entry, Instant now) {
        StopRequest stop = StopRequest.timeout(now.plus(moves.settings().cancelGrace()));
        moves.order(new CancelExecution(entry.run().workerId(), entry.runId(), entry.pipelineId(), entry.attempt(),
                stop.orderReason(), now));
        moves.save(entry.withStop(stop));
    }

    private void stale(RunEntry entry, Instant now, Instant activeSince) {
        if (entry.state() != PROCESSING) {
            return;
        }
        if (activeSince.plus(entry.policy().staleAfter()).isAfter(now)) {
            moves.save(entry.seenAt(activeSince));
            return;
        }
        Duration staleAfter = entry.policy().staleAfter();
        Duration stillToFlow = flow.stillToFlow(entry.lastReportAppendedAt(), staleAfter);
        if (!stillToFlow.isZero()) {
            moves.listener().staleDeferred();
            moves.save(entry.seenAt(now.minus(staleAfter).plus(stillToFlow)));
            return;
        }
        moves.fenceWorkerOf(entry, now);
        if (entry.stop() != null) {
            moves.endStopped(entry, now);
            admission.admitWaiting(entry.pipelineId(), now);
            return;
        }
        recoverStale(entry, now);
    }

    private void recoverStale(RunEntry entry, Instant now) {
        boolean retry = entry.policy().retry().allowsAnotherAttemptAfter(entry.attempt());
        RunEntry moved = moves.move(entry, new Stale(retry), now);
        moves.listener().staleRecovered(retry);
        if (retry) {
            admission.queued(moved, false, now);
        } else {
            moves.deadLetter(moved);
            admission.admitWaiting(entry.pipelineId(), now);
        }
    }

    private void due(RunEntry entry, Instant now) {
        if (entry.state() == SCHEDULED) {
            RunEntry queued = moves.move(entry, new BecomeDue(), now);
            admission.queued(queued, queued.attempt() == 1, now);
        }
    }
}
