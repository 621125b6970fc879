package io.kairos.infra.faults;

import io.kairos.infra.faults.harness.LedgerClient;
import io.kairos.model.id.RunId;
import io.kairos.model.run.RunState;
import io.kairos.worker.api.RunView;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the ledger says about runs around a fault: who holds which, and whether a held run moved on elsewhere. */
final class RecoveredRuns {

    private RecoveredRuns() {
    }

    /** PROCESSING runs by the worker the ledger names for each. */
    static Map<String, List<RunView>> processingByWorker(LedgerClient ledger) {
        return ledger.runs(RunState.PROCESSING).stream().filter(run -> run.workerId() != null)
                .collect(Collectors.groupingBy(RunView::workerId));
    }

    /** Whether a later attempt of {@code before} runs, or has completed, on another worker. */
    static boolean startedElsewhere(LedgerClient ledger, RunView before) {
        return ledger.run(RunId.of(before.runId())).filter(now -> now.attempt() > before.attempt()
                && now.workerId() != null && !now.workerId().equals(before.workerId())
                && (now.state() == RunState.PROCESSING || now.state() == RunState.COMPLETED)).isPresent();
    }
}
