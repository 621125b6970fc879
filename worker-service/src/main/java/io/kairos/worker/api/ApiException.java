package io.kairos.worker.api;

import java.util.List;

/** A request the API refuses or cannot answer, with the HTTP status and the problems to report. */
final class ApiException extends RuntimeException {

    private final int status;
    private final List<ApiProblem> details;

    ApiException(int status, String error, List<ApiProblem> details) {
        super(error);
        this.status = status;
        this.details = List.copyOf(details);
    }

    static ApiException badRequest(List<ApiProblem> problems) {
        return new ApiException(400, "invalid request", problems);
    }

    static ApiException notFound(String path, String message) {
        return new ApiException(404, "not found", List.of(new ApiProblem(path, message)));
    }

    static ApiException unavailable(String message) {
        return new ApiException(503, "ledger not available", List.of(new ApiProblem("", message)));
    }

    int status() {
        return status;
    }

    List<ApiProblem> details() {
        return details;
    }
}
