package io.kairos.worker.api;

import io.kairos.model.id.RunId;
import java.util.List;

/**
 * {@code /api/v1/runs}: {@code GET} lists runs ({@code pipeline, state, limit, offset}), {@code GET
 * /runs/{runId}} shows one with its timeline, {@code POST} submits an ad-hoc run, {@code POST
 * /runs/{runId}/cancel|retry} orders the ledger about one run.
 */
final class RunsResource implements ApiResource {

    private final LedgerApi ledger;
    private final RunWrites writes;

    /** {@code writes} null serves reads only. */
    RunsResource(LedgerApi ledger, RunWrites writes) {
        this.ledger = ledger;
        this.writes = writes;
    }

    @Override
    public String name() {
        return "runs";
    }

    @Override
    public ApiResponse answer(ApiRequest request) {
        String last = request.segment(request.segments().size() - 1);
        boolean order = request.segments().size() > 2 && ("cancel".equals(last) || "retry".equals(last));
        if (request.isGet() && request.segments().size() == 1) {
            return ApiResponse.ok(ledger.runs(request));
        }
        if (request.isGet() && !order) {
            return ApiResponse.ok(ledger.run(request, runId(request.rest(1))));
        }
        if (request.isPost() && writes != null && request.segments().size() == 1) {
            return ApiResponse.accepted(writes.submit(request));
        }
        if (request.isPost() && writes != null && order) {
            String id = String.join("/", request.segments().subList(1, request.segments().size() - 1));
            return ApiResponse.accepted(writes.order(request, runId(id), last));
        }
        throw ApiException.methodNotAllowed(request.method(), writes == null ? "GET (this instance serves reads only)"
                : "GET /runs[/{runId}], POST /runs or POST /runs/{runId}/cancel|retry");
    }

    static RunId runId(String raw) {
        try {
            return RunId.of(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(List.of(new ApiProblem("runId", e.getMessage())));
        }
    }
}
