package io.kairos.worker.api;

/** {@code GET /api/v1/status}: the ledger's totals (admin only: they cover every tenant). */
final class StatusResource implements ApiResource {

    private final LedgerApi ledger;

    StatusResource(LedgerApi ledger) {
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public ApiResponse answer(ApiRequest request) {
        if (!request.isGet()) {
            throw ApiException.methodNotAllowed(request.method(), "GET");
        }
        return ApiResponse.ok(ledger.status(request));
    }
}
