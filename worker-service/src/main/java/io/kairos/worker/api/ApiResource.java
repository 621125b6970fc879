package io.kairos.worker.api;

/** One top-level resource of the API, such as {@code runs} or {@code pipelines}. */
interface ApiResource {

    /** The first path segment after {@code /api/v1/} it serves. */
    String name();

    ApiResponse answer(ApiRequest request);
}
