package io.kairos.model.command;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import java.time.Instant;
import java.util.Objects;

/** Cancel the run: a waiting run ends CANCELLED at once; a running one gets a cancel order and ends CANCELLED on its worker's answer or after a grace period. */
public record CancelRun(RunId runId, PipelineId pipelineId, String requestedBy, Instant requestedAt) implements RunCommand {

    public CancelRun {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
