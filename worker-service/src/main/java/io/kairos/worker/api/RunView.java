package io.kairos.worker.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.kairos.model.run.Origin;
import io.kairos.model.run.RunState;
import io.kairos.worker.ledger.rules.RunEntry;
import io.kairos.worker.ledger.rules.RunStep;
import java.time.Instant;
import java.util.List;

/** A run as the API shows it; {@code timeline} only on the one-run query. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RunView(String runId, String pipelineId, Instant scheduledFor, Origin origin, RunState state,
                      String reason, int attempt, String workerId, Instant startedAt, Instant finishedAt,
                      int priority, String queue, Instant requestedAt, Instant dueAt, String lastError,
                      String summary, @JsonInclude(JsonInclude.Include.NON_NULL) List<RunStep> timeline) {

    public static RunView of(RunEntry entry, boolean withTimeline) {
        var request = entry.request();
        var run = entry.run();
        return new RunView(entry.runId().value(), entry.pipelineId().value(), request.scheduledFor(),
                request.origin(), run.state(), run.reason(), run.attempt(),
                run.workerId() == null ? null : run.workerId().value(), entry.startedAt(), entry.finishedAt(),
                request.priority(), request.queue(), entry.receivedAt(), entry.dueAt(), entry.lastError(),
                entry.summary(), withTimeline ? entry.timeline() : null);
    }
}
