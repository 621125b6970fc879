package io.kairos.model.command;

import io.kairos.model.backfill.BackfillId;
import java.time.Instant;
import java.util.Objects;

/** Let a paused backfill's runs start again, up to its concurrency cap. */
public record ResumeBackfill(BackfillId backfillId, String requestedBy, Instant requestedAt) implements BackfillCommand {

    public ResumeBackfill {
        Objects.requireNonNull(backfillId, "backfillId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
