package io.kairos.model.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.model.backfill.BackfillId;
import io.kairos.model.backfill.Reprocess;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.spec.ExecutorSpec;
import io.kairos.model.spec.PipelineSpec;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A request for one run, on {@code kairos.run-requests} keyed by pipeline id. The ledger holds each
 * runId once: a request for a runId it already holds is dropped unless {@code reprocess} is set.
 *
 * <p>A request with a {@code skipReason} records a scheduled time that was deliberately not run
 * (paused, late, catch-up policy): the ledger stores it as {@code SKIPPED}, so every scheduled time
 * leaves exactly one record.
 *
 * @param notBefore  the run waits in SCHEDULED until then; null means due at once
 * @param payload    free-form input handed to the executor; null for none
 * @param skipReason non-null for a skip record
 * @param backfillId the backfill this run belongs to, whose concurrency cap it runs under; null for none
 * @param reprocessScope with {@code reprocess}: which ended runs run again; null means every ended run
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunRequest(
        RunId runId,
        PipelineId pipelineId,
        Instant scheduledFor,
        Instant requestedAt,
        Origin origin,
        int priority,
        String queue,
        Instant notBefore,
        RunPolicy policy,
        ExecutorSpec executor,
        JsonNode payload,
        Map<String, String> tags,
        SkipReason skipReason,
        boolean reprocess,
        BackfillId backfillId,
        Reprocess reprocessScope) {

    /** The priority of a run an operator asks for by hand (lane high). */
    public static final int MANUAL_PRIORITY = 8;
    /** The priority of a backfill's runs (lane low). */
    public static final int BACKFILL_PRIORITY = 2;

    public RunRequest {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(scheduledFor, "scheduledFor");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(executor, "executor");
        if (priority < PipelineSpec.MIN_PRIORITY || priority > PipelineSpec.MAX_PRIORITY) {
            throw new IllegalArgumentException("priority: must be between 0 and 10, was " + priority);
        }
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    /** A request outside any backfill. */
    public RunRequest(RunId runId, PipelineId pipelineId, Instant scheduledFor, Instant requestedAt, Origin origin,
                      int priority, String queue, Instant notBefore, RunPolicy policy, ExecutorSpec executor,
                      JsonNode payload, Map<String, String> tags, SkipReason skipReason, boolean reprocess) {
        this(runId, pipelineId, scheduledFor, requestedAt, origin, priority, queue, notBefore, policy, executor, payload,
                tags, skipReason, reprocess, null, null);
    }

    /**
     * A run asked for now, outside the schedule (manual or API), with the pipeline's rules: due at
     * {@code notBefore} when given, else at once; its scheduled time is when it is due.
     */
    public static RunRequest onDemand(PipelineSpec spec, RunId runId, Origin origin, int priority, Instant requestedAt,
                                      Instant notBefore, JsonNode payload, Map<String, String> tags) {
        Instant scheduledFor = notBefore != null ? notBefore : requestedAt;
        return new RunRequest(runId, spec.id(), scheduledFor, requestedAt, origin, priority, spec.queue(), notBefore,
                RunPolicy.of(spec), spec.executor(), payload, tags, null, false);
    }

    /** The request for one scheduled time of a backfill, with the pipeline's rules. */
    public static RunRequest backfill(PipelineSpec spec, BackfillId backfill, Instant scheduledFor, Instant requestedAt,
                                      Reprocess reprocess) {
        return new RunRequest(RunId.scheduled(spec.id(), scheduledFor), spec.id(), scheduledFor, requestedAt,
                Origin.BACKFILL, BACKFILL_PRIORITY, spec.queue(), null, RunPolicy.of(spec), spec.executor(), null,
                Map.of(), null, reprocess != Reprocess.NONE, backfill, reprocess == Reprocess.NONE ? null : reprocess);
    }

    /** The request for a scheduled time of {@code spec}, with the pipeline's own rules. */
    public static RunRequest scheduled(PipelineSpec spec, Instant scheduledFor, Instant requestedAt, Origin origin,
                                       int priority) {
        return scheduled(spec.id(), scheduledFor, requestedAt, origin, priority, spec.queue(), RunPolicy.of(spec),
                spec.executor());
    }

    /** The request for a scheduled time, with the given rules. */
    public static RunRequest scheduled(PipelineId pipelineId, Instant scheduledFor, Instant requestedAt, Origin origin,
                                       int priority, String queue, RunPolicy policy, ExecutorSpec executor) {
        return new RunRequest(RunId.scheduled(pipelineId, scheduledFor), pipelineId, scheduledFor, requestedAt, origin,
                priority, queue, null, policy, executor, null, Map.of(), null, false);
    }

    public RunRequest skipped(SkipReason reason) {
        return new RunRequest(runId, pipelineId, scheduledFor, requestedAt, origin, priority, queue, notBefore, policy,
                executor, payload, tags, Objects.requireNonNull(reason, "reason"), reprocess, backfillId, reprocessScope);
    }

    /** Whether this request runs again a run the ledger holds in {@code held}: only ended runs, and only those in scope. */
    public boolean reprocesses(RunState held) {
        if (!reprocess || !held.isTerminal()) {
            return false;
        }
        return reprocessScope == null || reprocessScope.covers(held);
    }

    public boolean isSkip() {
        return skipReason != null;
    }

    public Lane lane() {
        return Lane.forPriority(priority);
    }
}
