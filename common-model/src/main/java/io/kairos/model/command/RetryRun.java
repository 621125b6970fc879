package io.kairos.model.command;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import java.time.Instant;
import java.util.Objects;

/** Run a finished run again, as a new attempt. */
public record RetryRun(RunId runId, PipelineId pipelineId, String requestedBy, Instant requestedAt) implements RunCommand {

    public RetryRun {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
