package io.kairos.model.spec;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one document while it is read, so that all are reported at once. */
final class SpecProblems {

    private final List<SpecProblem> problems = new ArrayList<>();

    void add(String path, String message) {
        problems.add(new SpecProblem(path, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<SpecProblem> list() {
        return List.copyOf(problems);
    }

    /** How a value appears in a message: text quoted, lists and objects named, the rest as written. */
    static String show(com.fasterxml.jackson.databind.JsonNode value) {
        if (value.isTextual()) {
            return "\"" + value.asText() + "\"";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return value.toString();
    }
}
