package io.kairos.worker.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.model.serde.Json;
import io.kairos.model.spec.InvalidSpecException;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.SpecParser;
import io.kairos.model.spec.SpecProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pipeline specs in a request body: one JSON object, a JSON array of them, or YAML (documents
 * separated by {@code ---}). Every problem of every spec is reported at once, paths prefixed
 * {@code [i].} when the body holds several; an id given twice is a problem too.
 */
final class SpecBodies {

    private SpecBodies() {
    }

    static List<PipelineSpec> read(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw ApiException.badRequest("(body)", "is empty; expected a pipeline spec (JSON or YAML)");
        }
        List<PipelineSpec> specs = text.stripLeading().startsWith("[") ? array(text) : documents(text);
        Set<Object> seen = new HashSet<>();
        List<ApiProblem> twice = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            if (!seen.add(specs.get(i).id())) {
                twice.add(new ApiProblem("[" + i + "].id", "\"" + specs.get(i).id() + "\" is given twice"));
            }
        }
        if (!twice.isEmpty()) {
            throw ApiException.badRequest(twice);
        }
        return specs;
    }

    private static List<PipelineSpec> documents(String text) {
        try {
            return SpecParser.parseAll(text);
        } catch (InvalidSpecException e) {
            throw refused(e.problems(), "");
        }
    }

    private static List<PipelineSpec> array(String text) {
        JsonNode array;
        try {
            array = Json.mapper().readTree(text);
        } catch (IOException e) {
            throw ApiException.badRequest("(body)", "not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<PipelineSpec> specs = new ArrayList<>();
        List<ApiProblem> problems = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                specs.add(SpecParser.parse(array.get(i)));
            } catch (InvalidSpecException e) {
                problems.addAll(refused(e.problems(), "[" + i + "]").details());
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        return specs;
    }

    private static ApiException refused(List<SpecProblem> problems, String prefix) {
        return ApiException.badRequest(problems.stream().map(p -> new ApiProblem(path(prefix, p.path()), p.message()))
                .toList());
    }

    private static String path(String prefix, String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        return SpecProblem.DOCUMENT.equals(path) ? prefix : prefix + "." + path;
    }
}
