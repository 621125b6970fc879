package io.kairos.model.run;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import java.time.Instant;

/** The worker gave the attempt back unfinished while draining; the ledger re-admits it at once without using up an attempt. */
public record RunReleased(RunId runId, PipelineId pipelineId, int attempt, WorkerId workerId, Instant at)
        implements RunEvent {

    public RunReleased {
        RunEvent.checkIdentity(runId, pipelineId, attempt, workerId, at);
    }
}
