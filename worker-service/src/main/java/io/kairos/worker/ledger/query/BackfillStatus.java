package io.kairos.worker.ledger.query;

import io.kairos.worker.ledger.rules.BackfillEntry;
import java.util.Map;
import java.util.TreeMap;

/**
 * One backfill as a ledger partition holds it: the entry and its run counters by state (plus
 * {@code HELD}, the runs not let start yet, and {@code KEPT}, requests for runs already held).
 */
public record BackfillStatus(BackfillEntry entry, Map<String, Long> counts) {

    public BackfillStatus {
        counts = new TreeMap<>(counts);
    }

    public long count(String key) {
        return counts.getOrDefault(key, 0L);
    }
}
