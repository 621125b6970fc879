package io.kairos.infra.faults.history;

import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunReleased;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The ledger dispatches each attempt once; only a release hands the same attempt out again. */
final class NoAttemptDispatchedTwice implements HistoryRule {

    static final String NAME = "no attempt dispatched twice";

    @Override
    public List<Violation> check(History history) {
        Map<String, Long> dispatches = history.dispatches().stream()
                .collect(Collectors.groupingBy(NoAttemptDispatchedTwice::attemptOf, Collectors.counting()));
        Map<String, Long> releases = history.events().stream().filter(RunReleased.class::isInstance)
                .collect(Collectors.groupingBy(NoAttemptDispatchedTwice::attemptOf, Collectors.counting()));
        List<Violation> violations = new ArrayList<>();
        dispatches.forEach((attempt, count) -> {
            long allowed = 1 + releases.getOrDefault(attempt, 0L);
            if (count > allowed) {
                violations.add(new Violation(NAME, attempt + " was dispatched " + count + " times after "
                        + (allowed - 1) + " release(s)"));
            }
        });
        return violations;
    }

    private static String attemptOf(DispatchedRun run) {
        return run.runId() + " attempt " + run.attempt();
    }

    private static String attemptOf(RunEvent event) {
        return event.runId() + " attempt " + event.attempt();
    }
}
