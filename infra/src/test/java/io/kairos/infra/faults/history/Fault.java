package io.kairos.infra.faults.history;

import io.kairos.model.id.WorkerId;
import java.time.Instant;

/**
 * A fault injected into a worker process (kill -9, SIGSTOP): the runs it held at that moment are the
 * only ones allowed to execute twice.
 */
public record Fault(WorkerId worker, Instant at, String kind) {

    public static Fault killed(WorkerId worker, Instant at) {
        return new Fault(worker, at, "kill -9");
    }

    public static Fault paused(WorkerId worker, Instant at) {
        return new Fault(worker, at, "SIGSTOP");
    }
}
