package io.kairos.worker.ledger.rules;

import java.time.Duration;
import java.util.Objects;

/**
 * The rules' own settings.
 *
 * @param cancelGrace how long a running attempt has to answer a cancel or timeout order before the run ends anyway
 * @param retention   how long a terminal run stays in the store
 * @param sweepBatch  the most runs of one timer kind a sweep handles, so one sweep stays short
 */
public record LedgerSettings(Duration cancelGrace, Duration retention, int sweepBatch) {

    public static final Duration DEFAULT_CANCEL_GRACE = Duration.ofSeconds(30);
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
    public static final int DEFAULT_SWEEP_BATCH = 1000;
    public static final LedgerSettings DEFAULT =
            new LedgerSettings(DEFAULT_CANCEL_GRACE, DEFAULT_RETENTION, DEFAULT_SWEEP_BATCH);

    public LedgerSettings {
        Objects.requireNonNull(cancelGrace, "cancelGrace");
        Objects.requireNonNull(retention, "retention");
        if (cancelGrace.isNegative() || retention.isNegative()) {
            throw new IllegalArgumentException("cancelGrace and retention must not be negative");
        }
        if (sweepBatch < 1) {
            throw new IllegalArgumentException("sweepBatch: must be at least 1, was " + sweepBatch);
        }
    }
}
