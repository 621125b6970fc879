package io.kairos.model.run;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import java.time.Instant;

/** A worker started executing the attempt. */
public record RunStarted(RunId runId, PipelineId pipelineId, int attempt, WorkerId workerId, Instant at)
        implements RunEvent {

    public RunStarted {
        RunEvent.checkIdentity(runId, pipelineId, attempt, workerId, at);
    }
}
