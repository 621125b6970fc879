package io.kairos.model.command;

import io.kairos.model.backfill.BackfillId;
import io.kairos.model.backfill.Reprocess;
import java.time.Instant;
import java.util.Objects;

/**
 * Defines a backfill: the scheduled times in {@code (from, to]}, {@code runs} of them, each sent as
 * its own run-request carrying the backfill id; at most {@code maxConcurrent} of its runs wait or
 * run at once. The ledger holds a backfill's runs until it has this definition.
 */
public record StartBackfill(BackfillId backfillId, Instant from, Instant to, int runs, int maxConcurrent,
                            Reprocess reprocess, String requestedBy, Instant requestedAt) implements BackfillCommand {

    public static final int MAX_CONCURRENT_LIMIT = 1000;

    public StartBackfill {
        Objects.requireNonNull(backfillId, "backfillId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reprocess, "reprocess");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to: must be after from (" + from + "), was " + to);
        }
        if (runs < 0) {
            throw new IllegalArgumentException("runs: must not be negative, was " + runs);
        }
        if (maxConcurrent < 1 || maxConcurrent > MAX_CONCURRENT_LIMIT) {
            throw new IllegalArgumentException("maxConcurrent: must be between 1 and " + MAX_CONCURRENT_LIMIT
                    + ", was " + maxConcurrent);
        }
    }
}
