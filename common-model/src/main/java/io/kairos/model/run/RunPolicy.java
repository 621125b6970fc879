package io.kairos.model.run;

import io.kairos.model.spec.OverlapPolicy;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.RetryPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * The rules of a pipeline that the ledger applies to each of its runs, copied into every
 * run-request so a run keeps the rules it was requested under.
 *
 * @param timeout null for none
 */
public record RunPolicy(int maxConcurrentRuns, OverlapPolicy overlap, RetryPolicy retry, Duration timeout,
                        Duration staleAfter) {

    public RunPolicy {
        Objects.requireNonNull(overlap, "overlap");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(staleAfter, "staleAfter");
        if (maxConcurrentRuns < 1) {
            throw new IllegalArgumentException("maxConcurrentRuns: must be at least 1, was " + maxConcurrentRuns);
        }
    }

    public static RunPolicy of(PipelineSpec spec) {
        return new RunPolicy(spec.maxConcurrentRuns(), spec.overlap(), spec.retry(), spec.timeout(), spec.staleAfter());
    }
}
