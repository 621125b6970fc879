package io.kairos.model.command;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.kairos.model.id.RunId;

/**
 * An operator's order about one run, on {@code kairos.commands} keyed by pipeline id, so it reaches
 * the ledger task that holds the run.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CancelRun.class, name = "cancel"),
    @JsonSubTypes.Type(value = RetryRun.class, name = "retry")
})
public sealed interface RunCommand extends Command permits CancelRun, RetryRun {

    RunId runId();

}
