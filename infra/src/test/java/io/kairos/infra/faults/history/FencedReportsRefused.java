package io.kairos.infra.faults.history;

import io.kairos.model.id.WorkerId;
import io.kairos.model.run.RunState;
import io.kairos.model.run.RunSucceeded;
import io.kairos.worker.api.RunView;
import io.kairos.worker.ledger.rules.RunStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A superseded attempt never moves its run again: once the ledger's timeline reaches attempt n, no
 * step of an earlier attempt follows, and a COMPLETED run was completed by a success report of its
 * final attempt from the worker the ledger names.
 */
final class FencedReportsRefused implements HistoryRule {

    static final String NAME = "fenced reports refused";

    @Override
    public List<Violation> check(History history) {
        List<Violation> violations = new ArrayList<>();
        for (RunView view : history.finals()) {
            attemptsGoBackward(view).ifPresent(violations::add);
            if (view.state() == RunState.COMPLETED && !completedByFinalAttempt(history, view)) {
                violations.add(new Violation(NAME, view.runId() + " is COMPLETED at attempt " + view.attempt()
                        + " on " + view.workerId() + " without a success report of that attempt from that worker"));
            }
        }
        return violations;
    }

    private static Optional<Violation> attemptsGoBackward(RunView view) {
        List<RunStep> timeline = view.timeline() == null ? List.of() : view.timeline();
        int highest = 0;
        for (RunStep step : timeline) {
            if (step.attempt() < highest) {
                return Optional.of(new Violation(NAME, view.runId() + " went back to attempt "
                        + step.attempt() + " (" + step.state() + " on " + step.workerId() + ") after attempt " + highest));
            }
            highest = Math.max(highest, step.attempt());
        }
        return Optional.empty();
    }

    private static boolean completedByFinalAttempt(History history, RunView view) {
        return history.events().stream().filter(RunSucceeded.class::isInstance)
                .anyMatch(event -> event.runId().value().equals(view.runId()) && event.attempt() == view.attempt()
                        && Objects.equals(event.workerId(), view.workerId() == null ? null : WorkerId.of(view.workerId())));
    }
}
