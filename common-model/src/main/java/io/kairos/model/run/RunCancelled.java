package io.kairos.model.run;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import java.time.Instant;

/** The attempt was stopped on an order (cancel or timeout); {@code reason} says which. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunCancelled(RunId runId, PipelineId pipelineId, int attempt, WorkerId workerId, Instant at, String reason)
        implements RunEvent {

    public RunCancelled {
        RunEvent.checkIdentity(runId, pipelineId, attempt, workerId, at);
    }
}
