package io.kairos.worker.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.Origin;
import io.kairos.model.serde.Json;
import io.kairos.model.spec.JavaExecutorSpec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an executor knows about the attempt it executes.
 *
 * @param payload free-form input from the run request, or null
 * @param config  the {@code config} of a {@code java} executor spec; empty for the others
 */
public record RunContext(RunId runId, PipelineId pipelineId, int attempt, Instant scheduledFor, Origin origin,
                         JsonNode payload, Map<String, Object> config) {

    public static final String ENV_RUN_ID = "KAIROS_RUN_ID";
    public static final String ENV_ATTEMPT = "KAIROS_ATTEMPT";
    public static final String ENV_PIPELINE_ID = "KAIROS_PIPELINE_ID";
    public static final String ENV_SCHEDULED_FOR = "KAIROS_SCHEDULED_FOR";

    public RunContext {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(scheduledFor, "scheduledFor");
        Objects.requireNonNull(origin, "origin");
        config = config == null ? Map.of() : Map.copyOf(config);
    }

    public static RunContext of(DispatchedRun run) {
        Map<String, Object> config = run.executor() instanceof JavaExecutorSpec java ? java.config() : Map.of();
        return new RunContext(run.runId(), run.pipelineId(), run.attempt(), run.scheduledFor(), run.origin(),
                run.payload(), config);
    }

    /** The variables every executed program gets, so pipelines can be idempotent per run and attempt. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(ENV_RUN_ID, runId.value());
        env.put(ENV_ATTEMPT, Integer.toString(attempt));
        env.put(ENV_PIPELINE_ID, pipelineId.value());
        env.put(ENV_SCHEDULED_FOR, scheduledFor.toString());
        return env;
    }

    /** The JSON document an {@code http} executor posts. */
    public ObjectNode toJson() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("runId", runId.value());
        node.put("pipelineId", pipelineId.value());
        node.put("attempt", attempt);
        node.put("scheduledFor", scheduledFor.toString());
        node.put("origin", origin.wireName());
        if (payload != null) {
            node.set("payload", payload);
        }
        return node;
    }
}
