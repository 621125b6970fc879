package io.kairos.model.run;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import java.time.Instant;

/** The attempt ended successfully. {@code summary} holds the tail of its output, or null. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSucceeded(RunId runId, PipelineId pipelineId, int attempt, WorkerId workerId, Instant at, String summary)
        implements RunEvent {

    public RunSucceeded {
        RunEvent.checkIdentity(runId, pipelineId, attempt, workerId, at);
    }
}
