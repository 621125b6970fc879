package io.kairos.worker.execution;

import io.kairos.model.id.RunId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The attempts executing on this worker, by run id and attempt. */
public final class RunningAttempts {

    private final Map<Key, RunningAttempt> attempts = new ConcurrentHashMap<>();

    public void add(RunningAttempt attempt) {
        attempts.put(keyOf(attempt), attempt);
    }

    public void remove(RunningAttempt attempt) {
        attempts.remove(keyOf(attempt), attempt);
    }

    public Optional<RunningAttempt> find(RunId runId, int attempt) {
        return Optional.ofNullable(attempts.get(new Key(runId, attempt)));
    }

    public boolean contains(RunId runId, int attempt) {
        return attempts.containsKey(new Key(runId, attempt));
    }

    public List<RunningAttempt> all() {
        return List.copyOf(attempts.values());
    }

    public int size() {
        return attempts.size();
    }

    public boolean isEmpty() {
        return attempts.isEmpty();
    }

    private static Key keyOf(RunningAttempt attempt) {
        return new Key(attempt.run().runId(), attempt.run().attempt());
    }

    private record Key(RunId runId, int attempt) {
    }
}
