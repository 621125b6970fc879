package io.kairos.infra.faults.history;

import io.kairos.model.id.RunId;
import io.kairos.model.run.Origin;
import io.kairos.model.run.RunRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Firing is exactly once: every scheduled time of a window left one record, and no scheduled time left two. */
final class EveryScheduledTimeOnce implements HistoryRule {

    static final String NAME = "every scheduled time fired once";
    private static final Set<Origin> FROM_TRIGGER = EnumSet.of(Origin.SCHEDULE, Origin.CATCHUP);

    @Override
    public List<Violation> check(History history) {
        Map<RunId, Long> records = history.requests().stream()
                .filter(request -> FROM_TRIGGER.contains(request.origin()))
                .collect(Collectors.groupingBy(RunRequest::runId, Collectors.counting()));
        List<Violation> violations = new ArrayList<>();
        records.forEach((runId, count) -> {
            if (count > 1) {
                violations.add(new Violation(NAME, runId + " has " + count + " run-request or skip records"));
            }
        });
        history.windows().stream().flatMap(window -> window.expectedRuns().stream())
                .filter(runId -> !records.containsKey(runId))
                .map(runId -> new Violation(NAME, runId + " has no run-request or skip record"))
                .forEach(violations::add);
        return violations;
    }

    static Map<RunId, RunRequest> byRunId(List<RunRequest> requests) {
        return requests.stream().collect(Collectors.toMap(RunRequest::runId, Function.identity(), (a, b) -> a));
    }
}
