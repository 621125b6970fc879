package io.kairos.model.command;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.kairos.model.id.PipelineId;
import java.time.Instant;

/**
 * An operator's order to the ledger, on {@code kairos.commands} keyed by pipeline id, so it reaches
 * the ledger task that holds the pipeline's runs: about one run ({@link RunCommand}) or one
 * backfill ({@link BackfillCommand}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CancelRun.class, name = "cancel"),
    @JsonSubTypes.Type(value = RetryRun.class, name = "retry"),
    @JsonSubTypes.Type(value = StartBackfill.class, name = "start-backfill"),
    @JsonSubTypes.Type(value = PauseBackfill.class, name = "pause-backfill"),
    @JsonSubTypes.Type(value = ResumeBackfill.class, name = "resume-backfill"),
    @JsonSubTypes.Type(value = CancelBackfill.class, name = "cancel-backfill")
})
public sealed interface Command permits RunCommand, BackfillCommand {

    PipelineId pipelineId();

    /** Who asked: a user, a token's subject or a service. */
    String requestedBy();

    Instant requestedAt();
}
