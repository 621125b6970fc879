package io.kairos.infra.faults.history;

import io.kairos.model.id.RunId;
import java.time.Instant;

/** One call the test sink received from an {@code http} executor: which attempt of which run, and when. */
public record SinkCall(RunId runId, int attempt, Instant at) {
}
