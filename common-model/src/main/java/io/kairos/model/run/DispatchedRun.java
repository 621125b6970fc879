package io.kairos.model.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.spec.ExecutorSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One attempt of a run handed to the executors, on {@code kairos.runs.<queue>.<lane>} keyed by run id.
 *
 * @param timeout    null for none; the ledger cancels the run when it passes
 * @param staleAfter the ledger presumes the worker dead when no heartbeat came for this long, so the
 *                   executor heartbeats well within it
 * @param payload    null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DispatchedRun(
        RunId runId,
        PipelineId pipelineId,
        int attempt,
        Instant scheduledFor,
        Instant dispatchedAt,
        Origin origin,
        int priority,
        ExecutorSpec executor,
        Duration timeout,
        Duration staleAfter,
        JsonNode payload) {

    public DispatchedRun {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(scheduledFor, "scheduledFor");
        Objects.requireNonNull(dispatchedAt, "dispatchedAt");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(staleAfter, "staleAfter");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt: must be at least 1, was " + attempt);
        }
    }
}
