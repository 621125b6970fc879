package io.kairos.model.worker;

import io.kairos.model.id.WorkerId;
import java.time.Instant;
import java.util.Objects;

/** Finish the runs in progress and take no more. */
public record DrainWorker(WorkerId workerId, Instant issuedAt) implements WorkerOrder {

    public DrainWorker {
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
