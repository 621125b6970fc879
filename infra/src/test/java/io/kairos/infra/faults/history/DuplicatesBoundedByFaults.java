package io.kairos.infra.faults.history;

import io.kairos.model.id.RunId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Execution is at least once, and more only for a reason: a run may reach the sink again once for
 * every fault that hit a worker holding it, and once for every time a worker released it on stop.
 */
final class DuplicatesBoundedByFaults implements HistoryRule {

    static final String NAME = "duplicates bounded by faults";

    @Override
    public List<Violation> check(History history) {
        Map<RunId, Long> calls = history.sinkCalls().stream()
                .collect(Collectors.groupingBy(SinkCall::runId, Collectors.counting()));
        Map<RunId, Integer> allowed = allowedRepeats(history);
        List<Violation> violations = new ArrayList<>();
        calls.forEach((runId, count) -> {
            long repeats = count - 1;
            int excused = allowed.getOrDefault(runId, 0);
            if (repeats > excused) {
                violations.add(new Violation(NAME, runId + " executed " + count + " times; faults and releases excuse "
                        + excused + " repeat(s)"));
            }
        });
        return violations;
    }

    /** Per run: faults that hit a worker while it held the run, plus the run's releases. */
    static Map<RunId, Integer> allowedRepeats(History history) {
        List<AttemptSpan> spans = AttemptSpan.of(history.events());
        Map<RunId, Integer> allowed = new HashMap<>();
        for (AttemptSpan span : spans) {
            int faults = (int) history.faults().stream()
                    .filter(fault -> fault.worker().equals(span.key().worker()) && span.heldAt(fault.at()))
                    .count();
            int releases = span.wasReleased() ? 1 : 0;
            allowed.merge(span.key().runId(), faults + releases, Integer::sum);
        }
        return allowed;
    }
}
