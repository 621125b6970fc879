package io.kairos.cli.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.ClusterOptions;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.Operator;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.cli.pipelines.PipelineLookup;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.run.Origin;
import io.kairos.model.run.RunRequest;
import io.kairos.model.serde.Json;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.TopicWriter;
import io.kairos.model.topic.Topics;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kairosctl runs trigger PIPELINE}: a manual run request (origin {@code manual}, high priority
 * unless told) with the pipeline's rules; the same idempotency key twice is one run.
 */
@Command(name = "trigger", mixinStandardHelpOptions = true,
        description = "Ask for a run of a pipeline now (or at --at), outside its schedule. Prints the run id.")
final class TriggerRunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PIPELINE", description = "The pipeline id, <tenant>/<name>.")
    PipelineId pipeline;

    @Option(names = "--priority", paramLabel = "P", defaultValue = "" + RunRequest.MANUAL_PRIORITY,
            description = "0-10 (default: ${DEFAULT-VALUE}, lane high).")
    int priority;

    @Option(names = "--payload", paramLabel = "JSON", description = "Input handed to the executor, a JSON value.")
    String payload;

    @Option(names = "--at", paramLabel = "INSTANT", description = "Not before this instant (default: now).")
    Instant at;

    @Option(names = "--idempotency-key", paramLabel = "KEY",
            description = "The same key twice is the same run: run id <pipeline>:<KEY>.")
    String idempotencyKey;

    @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "A tag of the run (repeatable).")
    Map<String, String> tags = new TreeMap<>();

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ApiOptions api;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunId runId = runId();
        JsonNode input = payload();
        if (priority < PipelineSpec.MIN_PRIORITY || priority > PipelineSpec.MAX_PRIORITY) {
            throw new ParameterException(spec.commandLine(), "--priority: must be between 0 and 10, was " + priority);
        }
        PipelineSpec pipelineSpec = PipelineLookup.require(cluster, pipeline);
        RunRequest request = RunRequest.onDemand(pipelineSpec, runId, Origin.MANUAL, priority, Operator.CLOCK.instant(),
                at, input, tags);
        try (TopicWriter writer = cluster.writer()) {
            writer.send(Topics.RUN_REQUESTS, pipeline, request);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("runId", runId.value());
        row.put("pipelineId", pipeline.value());
        row.put("priority", priority);
        row.put("lane", request.lane().wireName());
        row.put("notBefore", at);
        new Printer(spec.commandLine().getOut(), output.format()).rows(List.of(row));
        return 0;
    }

    private RunId runId() {
        if (idempotencyKey == null) {
            return RunId.onDemand(pipeline);
        }
        try {
            return RunId.idempotent(pipeline, idempotencyKey);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--idempotency-key: " + e.getMessage());
        }
    }

    private JsonNode payload() {
        if (payload == null) {
            return null;
        }
        try {
            return Json.mapper().readTree(payload);
        } catch (JsonProcessingException e) {
            throw new ParameterException(spec.commandLine(), "--payload: not JSON: " + e.getOriginalMessage());
        }
    }
}
