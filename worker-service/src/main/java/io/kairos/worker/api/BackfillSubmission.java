package io.kairos.worker.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.model.backfill.Reprocess;
import io.kairos.model.command.StartBackfill;
import io.kairos.model.id.PipelineId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The body of {@code POST /api/v1/backfills}, every problem reported at once:
 * {@code {"pipelineId", "from", "to", "reprocess": "none|failed|all", "maxConcurrent": 1-1000, "dryRun"}}.
 */
record BackfillSubmission(PipelineId pipeline, Instant from, Instant to, Reprocess reprocess, int maxConcurrent,
                          boolean dryRun) {

    static final Set<String> FIELDS = Set.of("pipelineId", "from", "to", "reprocess", "maxConcurrent", "dryRun");
    static final int DEFAULT_MAX_CONCURRENT = 1;

    static BackfillSubmission read(JsonNode body) {
        if (!body.isObject()) {
            throw ApiException.badRequest("(body)", "expected a JSON object with pipelineId, from and to");
        }
        List<ApiProblem> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new ApiProblem(name, "unknown field; fields are " + new TreeSet<>(FIELDS)));
            }
        });
        PipelineId pipeline = pipeline(body.get("pipelineId"), problems);
        Instant from = instant("from", body.get("from"), problems);
        Instant to = instant("to", body.get("to"), problems);
        if (from != null && to != null && !to.isAfter(from)) {
            problems.add(new ApiProblem("to", "must be after from"));
        }
        Reprocess reprocess = reprocess(body.get("reprocess"), problems);
        int maxConcurrent = maxConcurrent(body.get("maxConcurrent"), problems);
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        return new BackfillSubmission(pipeline, from, to, reprocess, maxConcurrent, body.path("dryRun").asBoolean(false));
    }

    private static PipelineId pipeline(JsonNode value, List<ApiProblem> problems) {
        try {
            return PipelineId.parse(value == null ? null : value.asText());
        } catch (IllegalArgumentException e) {
            problems.add(new ApiProblem("pipelineId", e.getMessage()));
            return null;
        }
    }

    private static Instant instant(String field, JsonNode value, List<ApiProblem> problems) {
        if (value == null || !value.isTextual()) {
            problems.add(new ApiProblem(field, "required: an ISO-8601 instant with an offset"));
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new ApiProblem(field, "\"" + value.asText() + "\": not an ISO-8601 instant with an offset"));
            return null;
        }
    }

    private static Reprocess reprocess(JsonNode value, List<ApiProblem> problems) {
        if (value == null || value.isNull()) {
            return Reprocess.NONE;
        }
        try {
            return Reprocess.parse(value.asText());
        } catch (IllegalArgumentException e) {
            problems.add(new ApiProblem("reprocess", e.getMessage()));
            return Reprocess.NONE;
        }
    }

    private static int maxConcurrent(JsonNode value, List<ApiProblem> problems) {
        if (value == null || value.isNull()) {
            return DEFAULT_MAX_CONCURRENT;
        }
        if (!value.isInt() || value.asInt() < 1 || value.asInt() > StartBackfill.MAX_CONCURRENT_LIMIT) {
            problems.add(new ApiProblem("maxConcurrent", "must be an integer between 1 and "
                    + StartBackfill.MAX_CONCURRENT_LIMIT + ", was " + value));
            return DEFAULT_MAX_CONCURRENT;
        }
        return value.asInt();
    }
}
