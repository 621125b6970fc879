package io.kairos.infra.faults.history;

import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;

/** One attempt of one run on one worker. */
public record AttemptKey(RunId runId, int attempt, WorkerId worker) {
}
