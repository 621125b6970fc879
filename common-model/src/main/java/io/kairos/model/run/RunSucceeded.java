package io.kairos.model.run;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import java.time.Instant;
import java.util.Objects;

/** The attempt ended successfully. {@code summary} holds the tail of its output, or null. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSucceeded(RunId runId, PipelineId pipelineId, int attempt, WorkerId workerId, Instant at, String summary)
        implements RunEvent {

    public RunSucceeded {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(at, "at");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt: must be at least 1, was " + attempt);
        }
    }
}
