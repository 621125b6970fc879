package io.kairos.model.command;

import io.kairos.model.backfill.BackfillId;
import java.time.Instant;
import java.util.Objects;

/** End every run of the backfill that has not started CANCELLED; those running finish. */
public record CancelBackfill(BackfillId backfillId, String requestedBy, Instant requestedAt) implements BackfillCommand {

    public CancelBackfill {
        Objects.requireNonNull(backfillId, "backfillId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
