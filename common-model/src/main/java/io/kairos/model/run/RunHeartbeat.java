package io.kairos.model.run;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import java.time.Instant;

/** The attempt is still executing on its worker; sent at a fixed interval, batched per worker. */
public record RunHeartbeat(RunId runId, PipelineId pipelineId, int attempt, WorkerId workerId, Instant at)
        implements RunEvent {

    public RunHeartbeat {
        RunEvent.checkIdentity(runId, pipelineId, attempt, workerId, at);
    }
}
