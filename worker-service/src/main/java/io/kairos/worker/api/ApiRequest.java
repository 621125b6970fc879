package io.kairos.worker.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.model.serde.Json;
import java.io.IOException;
import java.util.List;

/**
 * One API request, authenticated: the method, the path segments after {@code /api/v1/} (decoded),
 * the query, the body and the caller. {@code authorization} is passed on when asking peer instances.
 */
record ApiRequest(String method, List<String> segments, QueryParameters query, byte[] body, Caller caller,
                  String authorization) {

    String segment(int index) {
        return index < segments.size() ? segments.get(index) : null;
    }

    /** The segments from {@code from} on, joined by '/': ids that contain a slash. */
    String rest(int from) {
        return from >= segments.size() ? "" : String.join("/", segments.subList(from, segments.size()));
    }

    boolean isGet() {
        return "GET".equals(method);
    }

    boolean isPost() {
        return "POST".equals(method);
    }

    /** The body as JSON; a 400 naming the syntax error otherwise. */
    JsonNode json() {
        if (body.length == 0) {
            throw ApiException.badRequest("(body)", "is empty; expected a JSON object");
        }
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("(body)", "not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
