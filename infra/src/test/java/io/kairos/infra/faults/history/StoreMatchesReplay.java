package io.kairos.infra.faults.history;

import io.kairos.model.id.RunId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.Run;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.RunState;
import io.kairos.worker.api.RunView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ledger's store matches a replay of its inputs: each run held is replayed from its first
 * request, its committed reports and its dispatches through the pure {@link Run} state machine, and
 * must end in the state and attempt the ledger holds. Where the replay stops short of an end the
 * ledger reached on its own clock (a stale attempt out of retries, a timeout, an admission skip),
 * that end must be a legal step from where the replay stands.
 */
final class StoreMatchesReplay implements HistoryRule {

    static final String NAME = "store matches a replay of its inputs";
    private static final Set<RunState> LEDGER_CLOCK_ENDS = Set.of(RunState.FAILED, RunState.TIMED_OUT,
            RunState.SKIPPED, RunState.CANCELLED);

    @Override
    public List<Violation> check(History history) {
        Map<RunId, RunRequest> firstRequests = new LinkedHashMap<>();
        history.requests().forEach(request -> firstRequests.putIfAbsent(request.runId(), request));
        Map<RunId, List<RunEvent>> events = history.events().stream()
                .collect(Collectors.groupingBy(RunEvent::runId));
        Map<RunId, Map<Integer, Long>> dispatches = history.dispatches().stream()
                .collect(Collectors.groupingBy(DispatchedRun::runId,
                        Collectors.groupingBy(DispatchedRun::attempt, Collectors.counting())));
        List<Violation> violations = new ArrayList<>();
        for (RunView view : history.finals()) {
            RunId runId = RunId.of(view.runId());
            RunRequest request = firstRequests.get(runId);
            if (request == null) {
                violations.add(new Violation(NAME, runId + " is held but was never requested"));
                continue;
            }
            Run replayed = new RunReplay(request, dispatches.getOrDefault(runId, Map.of()))
                    .replay(events.getOrDefault(runId, List.of()));
            if (!matches(replayed, view)) {
                violations.add(new Violation(NAME, runId + " is held as " + view.state() + " attempt "
                        + view.attempt() + " but its inputs replay to " + replayed.state() + " attempt "
                        + replayed.attempt()));
            }
        }
        return violations;
    }

    private static boolean matches(Run replayed, RunView view) {
        if (replayed.attempt() != view.attempt()) {
            return false;
        }
        if (replayed.state() == view.state()) {
            return true;
        }
        return !replayed.isTerminal() && LEDGER_CLOCK_ENDS.contains(view.state());
    }
}
