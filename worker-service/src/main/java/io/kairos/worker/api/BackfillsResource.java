package io.kairos.worker.api;

/** {@code /api/v1/backfills}: not served yet. */
final class BackfillsResource implements ApiResource {

    private final ControlPlane control;
    private final LedgerApi ledger;

    BackfillsResource(ControlPlane control, LedgerApi ledger) {
        this.control = control;
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return "backfills";
    }

    @Override
    public ApiResponse answer(ApiRequest request) {
        throw ApiException.notFound("path", "backfills are not served yet");
    }
}
