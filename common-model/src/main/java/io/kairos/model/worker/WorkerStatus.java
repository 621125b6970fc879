package io.kairos.model.worker;

import io.kairos.model.id.WorkerId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an executor instance publishes about itself on the compacted {@code kairos.workers} topic,
 * keyed by worker id; a tombstone when it leaves cleanly.
 */
public record WorkerStatus(WorkerId workerId, String host, List<String> queues, int slots, int busy, String version,
                           boolean draining, Instant startedAt, Instant lastSeen) {

    public WorkerStatus {
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(lastSeen, "lastSeen");
        queues = List.copyOf(queues);
        if (slots < 1 || busy < 0 || busy > slots) {
            throw new IllegalArgumentException("slots " + slots + " and busy " + busy + ": need 0 <= busy <= slots, slots >= 1");
        }
    }
}
