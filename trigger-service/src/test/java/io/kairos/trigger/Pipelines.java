package io.kairos.trigger;

import io.kairos.model.spec.CatchupPolicy;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.PipelineSpecBuilder;
import io.kairos.model.spec.SleepExecutorSpec;
import java.time.Duration;

/** Test data: {@code aPipeline().cron("*}{@code /5 * * * *").build()}. */
public final class Pipelines {

    public static final String ID = "acme/report";

    private Pipelines() {
    }

    /** A pipeline with every default, an id and a sleep executor, and no schedule yet. */
    public static PipelineSpecBuilder aPipeline() {
        return aPipeline(ID);
    }

    public static PipelineSpecBuilder aPipeline(String id) {
        return PipelineSpec.builder().id(id).executor(new SleepExecutorSpec(Duration.ofSeconds(1), 0.0));
    }

    public static CatchupPolicy catchupNone() {
        return new CatchupPolicy(CatchupPolicy.Mode.NONE, CatchupPolicy.DEFAULT_MAX_CATCHUP_RUNS, null);
    }

    public static CatchupPolicy catchupLatest(Duration startingDeadline) {
        return new CatchupPolicy(CatchupPolicy.Mode.LATEST, CatchupPolicy.DEFAULT_MAX_CATCHUP_RUNS, startingDeadline);
    }

    public static CatchupPolicy catchupAll(int maxCatchupRuns, Duration startingDeadline) {
        return new CatchupPolicy(CatchupPolicy.Mode.ALL, maxCatchupRuns, startingDeadline);
    }
}
