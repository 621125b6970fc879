package io.kairos.worker.api;

import io.kairos.model.command.CancelRun;
import io.kairos.model.command.RetryRun;
import io.kairos.model.command.RunCommand;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.run.Origin;
import io.kairos.model.run.RunRequest;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.Topics;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Run writes: an ad-hoc run submitted for a pipeline (origin {@code api}; the same idempotency key
 * twice is one run), and cancel/retry commands to the ledger.
 */
final class RunWrites {

    private final ControlPlane control;
    private final LedgerApi ledger;

    RunWrites(ControlPlane control, LedgerApi ledger) {
        this.control = control;
        this.ledger = ledger;
    }

    Map<String, Object> submit(ApiRequest request) {
        RunSubmission submission = RunSubmission.read(request.json());
        request.caller().requireAccess(submission.pipeline(), "pipelineId");
        PipelineSpec spec = control.pipeline(submission.pipeline(), "pipelineId");
        control.limiter().admit(request.caller());
        RunId runId = submission.idempotencyKey() != null ? RunId.idempotent(spec.id(), submission.idempotencyKey())
                : RunId.onDemand(spec.id());
        int priority = submission.priority() != null ? submission.priority() : spec.priority();
        RunRequest run = RunRequest.onDemand(spec, runId, Origin.API, priority, control.clock().instant(),
                submission.notBefore(), submission.payload(), submission.tags());
        control.write(Topics.RUN_REQUESTS, spec.id(), run);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("runId", runId.value());
        answer.put("pipelineId", spec.id().value());
        answer.put("priority", priority);
        answer.put("lane", run.lane().wireName());
        answer.put("notBefore", submission.notBefore());
        return answer;
    }

    Map<String, Object> order(ApiRequest request, RunId runId, String verb) {
        PipelineId pipeline = runId.namedPipeline().orElseGet(() -> ledger.find(runId, false, request.authorization())
                .map(view -> PipelineId.parse(view.pipelineId()))
                .orElseThrow(() -> ApiException.notFound("runId", "no run " + runId + " is held")));
        request.caller().requireAccess(pipeline, "runId");
        RunCommand command = "cancel".equals(verb)
                ? new CancelRun(runId, pipeline, request.caller().name(), control.clock().instant())
                : new RetryRun(runId, pipeline, request.caller().name(), control.clock().instant());
        control.write(Topics.COMMANDS, pipeline, command);
        return Map.of("runId", runId.value(), "pipelineId", pipeline.value(), "outcome", verb + " requested");
    }

}
