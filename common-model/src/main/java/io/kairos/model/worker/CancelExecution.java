package io.kairos.model.worker;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import java.time.Instant;
import java.util.Objects;

/** Stop the attempt and report it {@code RunCancelled} with {@code reason} (cancel or timeout). */
public record CancelExecution(WorkerId workerId, RunId runId, PipelineId pipelineId, int attempt, String reason,
                              Instant issuedAt) implements WorkerOrder {

    public CancelExecution {
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
