package io.kairos.worker.api;

/** One problem of a refused request: the parameter or path segment, and what is wrong with it. */
public record ApiProblem(String path, String message) {
}
