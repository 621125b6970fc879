package io.kairos.model.run;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import java.time.Instant;

/** The attempt ended in failure: {@code error} says why, {@code summary} holds the tail of its output. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunFailed(RunId runId, PipelineId pipelineId, int attempt, WorkerId workerId, Instant at, String error, String summary)
        implements RunEvent {

    public RunFailed {
        RunEvent.checkIdentity(runId, pipelineId, attempt, workerId, at);
    }
}
