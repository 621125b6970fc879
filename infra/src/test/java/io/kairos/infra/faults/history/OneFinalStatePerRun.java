package io.kairos.infra.faults.history;

import io.kairos.model.id.RunId;
import io.kairos.model.run.RunRequest;
import io.kairos.worker.api.RunView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * State transitions are exactly once: no run is held twice, and in a settled history (the ledger has
 * worked off everything) every requested run is held and has ended.
 */
final class OneFinalStatePerRun implements HistoryRule {

    static final String NAME = "one final state per run";

    @Override
    public List<Violation> check(History history) {
        Map<String, Long> views = history.finals().stream()
                .collect(Collectors.groupingBy(RunView::runId, Collectors.counting()));
        List<Violation> violations = new ArrayList<>();
        views.forEach((runId, count) -> {
            if (count > 1) {
                violations.add(new Violation(NAME, runId + " is held " + count + " times"));
            }
        });
        if (history.settled()) {
            Set<RunId> requested = history.requests().stream().map(RunRequest::runId)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            requested.stream().filter(runId -> !views.containsKey(runId.value()))
                    .map(runId -> new Violation(NAME, runId + " was requested but the ledger does not hold it"))
                    .forEach(violations::add);
            history.finals().stream().filter(view -> !view.state().isTerminal())
                    .map(view -> new Violation(NAME, view.runId() + " never ended: " + view.state()
                            + " at attempt " + view.attempt()))
                    .forEach(violations::add);
        }
        return violations;
    }
}
