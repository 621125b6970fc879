package io.kairos.model.run;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import java.time.Instant;
import java.util.Objects;

/** A worker started executing the attempt. */
public record RunStarted(RunId runId, PipelineId pipelineId, int attempt, WorkerId workerId, Instant at)
        implements RunEvent {

    public RunStarted {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(at, "at");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt: must be at least 1, was " + attempt);
        }
    }
}
