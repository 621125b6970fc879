package io.kairos.infra.faults.history;

import io.kairos.model.id.RunId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Execution is at least once, and more only for a reason: a run reaches the sink more than once only
 * if a fault hit a worker while it held the run, or a worker released it on stop; so the runs executed
 * more than once never outnumber the runs in flight on faulted processes.
 *
 * <p>One fault may cost a run more than one repeat: a worker killed after its {@code RunStarted} left
 * but before its lane offset was committed has the attempt redelivered to the partition's next owner,
 * which starts it until the ledger fences it, before the recovered attempt runs.
 */
final class DuplicatesBoundedByFaults implements HistoryRule {

    static final String NAME = "duplicates bounded by faults";

    @Override
    public List<Violation> check(History history) {
        Map<RunId, Long> calls = history.sinkCalls().stream()
                .collect(Collectors.groupingBy(SinkCall::runId, Collectors.counting()));
        Set<RunId> excused = excusedRuns(history);
        List<Violation> violations = new ArrayList<>();
        List<RunId> repeated = calls.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey)
                .toList();
        repeated.stream().filter(runId -> !excused.contains(runId))
                .map(runId -> new Violation(NAME, runId + " executed " + calls.get(runId)
                        + " times but no fault hit a worker holding it and no worker released it"))
                .forEach(violations::add);
        if (repeated.size() > excused.size()) {
            violations.add(new Violation(NAME, repeated.size() + " runs executed more than once, but only "
                    + excused.size() + " were in flight on a faulted worker or released"));
        }
        return violations;
    }

    /** Runs that a fault hit while a worker held them, and runs a worker released. */
    static Set<RunId> excusedRuns(History history) {
        Set<RunId> excused = new HashSet<>();
        for (AttemptSpan span : AttemptSpan.of(history.events())) {
            boolean faulted = history.faults().stream()
                    .anyMatch(fault -> fault.worker().equals(span.key().worker()) && span.heldAt(fault.at()));
            if (faulted || span.wasReleased()) {
                excused.add(span.key().runId());
            }
        }
        return excused;
    }
}
