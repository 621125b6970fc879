package io.kairos.worker.api;

import java.util.List;
import java.util.Map;

/** A request the API refuses or cannot answer, with the HTTP status, the problems to report and extra headers. */
final class ApiException extends RuntimeException {

    private final int status;
    private final List<ApiProblem> details;
    private final Map<String, String> headers;

    ApiException(int status, String error, List<ApiProblem> details) {
        this(status, error, details, Map.of());
    }

    ApiException(int status, String error, List<ApiProblem> details, Map<String, String> headers) {
        super(error);
        this.status = status;
        this.details = List.copyOf(details);
        this.headers = Map.copyOf(headers);
    }

    static ApiException badRequest(List<ApiProblem> problems) {
        return new ApiException(400, "invalid request", problems);
    }

    static ApiException badRequest(String path, String message) {
        return badRequest(List.of(new ApiProblem(path, message)));
    }

    static ApiException notFound(String path, String message) {
        return new ApiException(404, "not found", List.of(new ApiProblem(path, message)));
    }

    static ApiException forbidden(String path, String message) {
        return new ApiException(403, "forbidden", List.of(new ApiProblem(path, message)));
    }

    static ApiException methodNotAllowed(String method, String allowed) {
        return new ApiException(405, "method not allowed",
                List.of(new ApiProblem("method", method + " is not served here; use " + allowed)));
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

    Map<String, String> headers() {
        return headers;
    }
}
