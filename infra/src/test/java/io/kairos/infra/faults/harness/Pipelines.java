package io.kairos.infra.faults.harness;

import io.kairos.model.id.PipelineId;
import io.kairos.model.run.Origin;
import io.kairos.model.run.RunRequest;
import io.kairos.model.spec.HttpExecutorSpec;
import io.kairos.model.spec.OverlapPolicy;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.PipelineSpecBuilder;
import io.kairos.model.spec.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Test-data builders for the pipelines and run-requests of fault scenarios. */
public final class Pipelines {

    /** How long a worker may stay silent before the ledger recovers its runs, in every scenario. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(3);
    public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private Pipelines() {
    }

    /**
     * A pipeline whose runs call the sink and last {@code hold}, with room for every run at once,
     * five attempts (so repeated faults never exhaust them) and a short {@code staleAfter}.
     */
    public static PipelineSpecBuilder callingTheSink(PipelineId id, TestSink sink, Duration hold) {
        return PipelineSpec.builder().id(id)
                .executor(new HttpExecutorSpec(sink.url(hold), Map.of(), hold.plusSeconds(30)))
                .maxConcurrentRuns(1000)
                .overlap(OverlapPolicy.ALLOW)
                .retry(new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(1), 0.0))
                .staleAfter(STALE_AFTER);
    }

    /** An on-demand request for run number {@code n} of {@code spec}. */
    public static RunRequest request(PipelineSpec spec, int n) {
        Instant scheduledFor = EPOCH.plusSeconds(n);
        return RunRequest.scheduled(spec, scheduledFor, scheduledFor, Origin.API, spec.priority());
    }
}
