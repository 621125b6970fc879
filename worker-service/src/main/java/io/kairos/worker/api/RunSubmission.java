package io.kairos.worker.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.spec.PipelineSpec;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The body of {@code POST /api/v1/runs}, checked field by field: every problem is reported at once
 * with its path, and unknown fields are refused.
 *
 * <pre>{"pipelineId": "acme/import", "payload": {...}, "priority": 0-10, "tags": {"k": "v"},
 *  "notBefore": "2026-03-01T00:00:00Z", "idempotencyKey": "order-42"}</pre>
 */
record RunSubmission(PipelineId pipeline, JsonNode payload, Integer priority, Map<String, String> tags,
                     Instant notBefore, String idempotencyKey) {

    static final Set<String> FIELDS = Set.of("pipelineId", "payload", "priority", "tags", "notBefore", "idempotencyKey");
    static final int MAX_TAGS = 32;

    static RunSubmission read(JsonNode body) {
        if (!body.isObject()) {
            throw ApiException.badRequest("(body)", "expected a JSON object with pipelineId");
        }
        List<ApiProblem> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new ApiProblem(name, "unknown field; fields are " + new java.util.TreeSet<>(FIELDS)));
            }
        });
        RunSubmission submission = new RunSubmission(pipeline(body, problems), body.get("payload"),
                priority(body, problems), tags(body, problems), notBefore(body, problems), key(body, problems));
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        return submission;
    }

    private static PipelineId pipeline(JsonNode body, List<ApiProblem> problems) {
        JsonNode value = body.get("pipelineId");
        if (value == null || !value.isTextual()) {
            problems.add(new ApiProblem("pipelineId", "required: the pipeline id as <tenant>/<name>"));
            return null;
        }
        try {
            return PipelineId.parse(value.asText());
        } catch (IllegalArgumentException e) {
            problems.add(new ApiProblem("pipelineId", e.getMessage()));
            return null;
        }
    }

    private static Integer priority(JsonNode body, List<ApiProblem> problems) {
        JsonNode value = body.get("priority");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isInt() || value.asInt() < PipelineSpec.MIN_PRIORITY || value.asInt() > PipelineSpec.MAX_PRIORITY) {
            problems.add(new ApiProblem("priority", "must be an integer between 0 and 10, was " + value));
            return null;
        }
        return value.asInt();
    }

    private static Map<String, String> tags(JsonNode body, List<ApiProblem> problems) {
        JsonNode value = body.get("tags");
        Map<String, String> tags = new TreeMap<>();
        if (value == null || value.isNull()) {
            return tags;
        }
        if (!value.isObject() || value.size() > MAX_TAGS) {
            problems.add(new ApiProblem("tags", "must be an object of at most " + MAX_TAGS + " string values"));
            return tags;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> tag = it.next();
            if (!tag.getValue().isTextual()) {
                problems.add(new ApiProblem("tags." + tag.getKey(), "must be a string, was " + tag.getValue()));
            } else {
                tags.put(tag.getKey(), tag.getValue().asText());
            }
        }
        return tags;
    }

    private static Instant notBefore(JsonNode body, List<ApiProblem> problems) {
        JsonNode value = body.get("notBefore");
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new ApiProblem("notBefore", "\"" + value.asText()
                    + "\": not an ISO-8601 instant with an offset, such as 2026-03-01T00:00:00Z"));
            return null;
        }
    }

    private static String key(JsonNode body, List<ApiProblem> problems) {
        JsonNode value = body.get("idempotencyKey");
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            RunId.idempotent(PipelineId.of("check", "key"), value.asText());
            return value.asText();
        } catch (IllegalArgumentException e) {
            problems.add(new ApiProblem("idempotencyKey", e.getMessage()));
            return null;
        }
    }
}
