package io.kairos.model.run;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import java.time.Instant;

/**
 * What an executor reports about one attempt of a run, on {@code kairos.run-events} keyed by
 * pipeline id. Every event names its {@code (runId, attempt)}; the ledger ignores events of a
 * superseded attempt and orders their worker to stop (fencing).
 *
 * <p>{@code at} is the worker's clock, for display only: the ledger judges staleness on its own clock.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RunStarted.class, name = "started"),
    @JsonSubTypes.Type(value = RunHeartbeat.class, name = "heartbeat"),
    @JsonSubTypes.Type(value = RunSucceeded.class, name = "succeeded"),
    @JsonSubTypes.Type(value = RunFailed.class, name = "failed"),
    @JsonSubTypes.Type(value = RunCancelled.class, name = "cancelled"),
    @JsonSubTypes.Type(value = RunReleased.class, name = "released")
})
public sealed interface RunEvent permits RunStarted, RunHeartbeat, RunSucceeded, RunFailed, RunCancelled, RunReleased {

    RunId runId();

    PipelineId pipelineId();

    int attempt();

    WorkerId workerId();

    Instant at();

    /** The checks every event's constructor makes on the fields that identify it. */
    static void checkIdentity(RunId runId, PipelineId pipelineId, int attempt, WorkerId workerId, Instant at) {
        java.util.Objects.requireNonNull(runId, "runId");
        java.util.Objects.requireNonNull(pipelineId, "pipelineId");
        java.util.Objects.requireNonNull(workerId, "workerId");
        java.util.Objects.requireNonNull(at, "at");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt: must be at least 1, was " + attempt);
        }
    }
}
