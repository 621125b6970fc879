package io.kairos.worker.intake;

import io.kairos.model.id.RunId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The attempts this worker started lately, running or finished. A lane record the group delivers
 * again — its offset not yet committed when a broker outage, a rebalance or a stall interrupted the
 * commit — is the same attempt, and a worker never executes one attempt twice. Bounded: the oldest
 * are forgotten first, long after their offsets were committed.
 */
final class StartedAttempts {

    static final int DEFAULT_CAPACITY = 10_000;

    private final Map<String, Boolean> started;

    StartedAttempts(int capacity) {
        this.started = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Records the attempt; false when it was started here before. */
    synchronized boolean add(RunId runId, int attempt) {
        return started.put(key(runId, attempt), Boolean.TRUE) == null;
    }

    synchronized boolean contains(RunId runId, int attempt) {
        return started.containsKey(key(runId, attempt));
    }

    private static String key(RunId runId, int attempt) {
        return runId.value() + "#" + attempt;
    }
}
