package io.kairos.model.worker;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import java.time.Instant;
import java.util.Objects;

/** The attempt was superseded (its worker was presumed dead): stop it silently, report nothing. */
public record FenceExecution(WorkerId workerId, RunId runId, PipelineId pipelineId, int attempt, Instant issuedAt)
        implements WorkerOrder {

    public FenceExecution {
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
