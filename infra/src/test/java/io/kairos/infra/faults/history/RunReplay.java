package io.kairos.infra.faults.history;

import io.kairos.model.id.WorkerId;
import io.kairos.model.run.Run;
import io.kairos.model.run.RunCancelled;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunFailed;
import io.kairos.model.run.RunReleased;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.RunState;
import io.kairos.model.run.RunSucceeded;
import io.kairos.model.run.RunTransition;
import io.kairos.model.run.RunTransition.BecomeDue;
import io.kairos.model.run.RunTransition.Dispatch;
import io.kairos.model.run.RunTransition.Stale;
import io.kairos.model.run.RunTransition.Start;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run replayed through the pure {@link Run} state machine from its inputs: its request, the
 * committed reports of its pipeline's partition in order, and how often each attempt was dispatched.
 * The ledger's decisions on its own clock are inferred where the inputs show them: a report of the
 * next attempt after a dispatch of it means the previous attempt went stale (or failed and became
 * due again). Reports the ledger refuses (superseded attempt, another worker, not dispatched, run
 * ended) leave the replay where it is.
 */
final class RunReplay {

    private final RunRequest request;
    private final Map<Integer, Long> dispatches;
    private Run run;
    private final Map<Integer, Integer> used = new HashMap<>();

    RunReplay(RunRequest request, Map<Integer, Long> dispatches) {
        this.request = request;
        this.dispatches = dispatches;
        this.run = request.isSkip() ? Run.skipped(request.runId(), request.skipReason()) : Run.requested(request.runId(), true);
    }

    /** The run after every report of {@code events} (the run's own, in partition order). */
    Run replay(List<RunEvent> events) {
        events.forEach(this::on);
        catchUpTo(dispatches.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        return run;
    }

    private void on(RunEvent event) {
        catchUpTo(event.attempt());
        if (event.attempt() != run.attempt() || run.isTerminal()) {
            return;
        }
        if (run.state() == RunState.QUEUED && dispatchedOf(run.attempt()) < dispatched(run.attempt())) {
            dispatch();
        }
        if (run.state().isWaiting() || isFromAnotherWorker(event.workerId())) {
            return;
        }
        if (run.state() == RunState.DISPATCHED) {
            run = run.apply(new Start(event.workerId()));
        }
        outcome(event);
    }

    private void outcome(RunEvent event) {
        if (event instanceof RunSucceeded) {
            run = run.apply(new RunTransition.Succeed());
        } else if (event instanceof RunFailed failed) {
            boolean retry = request.policy().retry().allowsAnotherAttemptAfter(run.attempt());
            run = run.apply(new RunTransition.Fail(retry, failed.error()));
        } else if (event instanceof RunCancelled cancelled) {
            run = "timeout".equals(cancelled.reason()) ? run.apply(new RunTransition.TimeOut())
                    : run.apply(new RunTransition.Cancel(cancelled.reason()));
        } else if (event instanceof RunReleased) {
            run = run.apply(new RunTransition.Release());
        }
    }

    /**
     * Takes the ledger's own steps that the dispatches show: a retry's backoff ended, a stale attempt
     * recovered as the next one (only while a report of a later attempt is coming), a queued attempt
     * dispatched.
     */
    private void catchUpTo(int attempt) {
        while (!run.isTerminal()) {
            if (run.state() == RunState.SCHEDULED && dispatched(run.attempt()) > 0) {
                run = run.apply(new BecomeDue());
            } else if (run.state() == RunState.PROCESSING && run.attempt() < attempt
                    && dispatched(run.attempt() + 1) > 0) {
                run = run.apply(new Stale(true));
            } else if (run.state() == RunState.QUEUED && dispatchedOf(run.attempt()) == 0
                    && dispatched(run.attempt()) > 0) {
                dispatch();
            } else {
                return;
            }
        }
    }

    private void dispatch() {
        run = run.apply(new Dispatch());
        used.merge(run.attempt(), 1, Integer::sum);
    }

    private int dispatchedOf(int attempt) {
        return used.getOrDefault(attempt, 0);
    }

    private long dispatched(int attempt) {
        return dispatches.getOrDefault(attempt, 0L);
    }

    private boolean isFromAnotherWorker(WorkerId worker) {
        return run.workerId() != null && !run.workerId().equals(worker);
    }
}
