package io.kairos.model.command;

import io.kairos.model.backfill.BackfillId;
import java.time.Instant;
import java.util.Objects;

/** Hold the backfill's runs that have not started; those running finish. */
public record PauseBackfill(BackfillId backfillId, String requestedBy, Instant requestedAt) implements BackfillCommand {

    public PauseBackfill {
        Objects.requireNonNull(backfillId, "backfillId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
