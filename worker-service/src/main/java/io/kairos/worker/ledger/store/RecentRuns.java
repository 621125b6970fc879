package io.kairos.worker.ledger.store;

import io.kairos.worker.ledger.rules.RunEntry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The runs one ledger task touched last, decoded, least recently used dropped first. A run is read
 * several times per input (its admission, its pipeline's waiting and active runs, the move), and
 * decoding it from the store is most of a transition's cost; entries are immutable, and every write
 * goes through the store and here, so what this holds is what the store holds. It lives and dies
 * with the task's processor: a task that is closed, corrupted or restored starts with none.
 */
final class RecentRuns {

    static final int DEFAULT_CAPACITY = 2_048;

    private final Map<String, RunEntry> entries;

    RecentRuns(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: must be at least 1, was " + capacity);
        }
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1_024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RunEntry> eldest) {
                return size() > capacity;
            }
        };
    }

    RunEntry get(String runId) {
        return entries.get(runId);
    }

    void put(String runId, RunEntry entry) {
        entries.put(runId, entry);
    }

    void remove(String runId) {
        entries.remove(runId);
    }
}
