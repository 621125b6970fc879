package io.kairos.worker.api;

import java.util.Map;

/** What a resource answers: status, JSON body and extra headers. */
record ApiResponse(int status, Object body, Map<String, String> headers) {

    static ApiResponse ok(Object body) {
        return new ApiResponse(200, body, Map.of());
    }

    static ApiResponse created(Object body) {
        return new ApiResponse(201, body, Map.of());
    }

    static ApiResponse accepted(Object body) {
        return new ApiResponse(202, body, Map.of());
    }

    /** A page of a list, with {@code X-Next-Offset} when more follow. */
    static ApiResponse page(java.util.List<?> page, int offset, boolean more) {
        return new ApiResponse(200, page, more ? Map.of("X-Next-Offset", Integer.toString(offset + page.size())) : Map.of());
    }
}
