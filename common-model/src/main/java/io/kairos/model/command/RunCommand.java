package io.kairos.model.command;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import java.time.Instant;

/**
 * An operator's order about one run, on {@code kairos.commands} keyed by pipeline id, so it reaches
 * the ledger task that holds the run.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CancelRun.class, name = "cancel"),
    @JsonSubTypes.Type(value = RetryRun.class, name = "retry")
})
public sealed interface RunCommand permits CancelRun, RetryRun {

    RunId runId();

    PipelineId pipelineId();

    /** Who asked: a user, a token's subject or a service. */
    String requestedBy();

    Instant requestedAt();
}
