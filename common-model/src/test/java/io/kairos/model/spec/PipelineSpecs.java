package io.kairos.model.spec;

import java.time.Duration;

/** Test data: {@code aPipeline().cron("*}{@code /5 * * * *").build()}. */
final class PipelineSpecs {

    static final String ID = "acme/test-pipeline";

    private PipelineSpecs() {
    }

    /** A pipeline with every default, an id and a sleep executor, and no schedule yet. */
    static PipelineSpecBuilder aPipeline() {
        return PipelineSpec.builder().id(ID).executor(new SleepExecutorSpec(Duration.ofSeconds(1), 0.0));
    }
}
