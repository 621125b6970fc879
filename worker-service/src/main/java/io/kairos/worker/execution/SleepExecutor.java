package io.kairos.worker.execution;

import io.kairos.model.spec.SleepExecutorSpec;
import java.util.function.DoubleSupplier;

/** Waits the spec's duration, then fails with the spec's failure rate: for demos, tests and benchmarks. */
public final class SleepExecutor implements PipelineExecutor {

    private final SleepExecutorSpec spec;
    private final DoubleSupplier unitRandom;

    /** {@code unitRandom} gives numbers in [0, 1); the attempt fails when one is below the failure rate. */
    public SleepExecutor(SleepExecutorSpec spec, DoubleSupplier unitRandom) {
        this.spec = spec;
        this.unitRandom = unitRandom;
    }

    @Override
    public ExecutionResult execute(RunContext run) throws InterruptedException {
        Thread.sleep(spec.duration().toMillis());
        String summary = "slept " + spec.duration();
        if (unitRandom.getAsDouble() < spec.failureRate()) {
            return ExecutionResult.failed("failed on purpose (failure rate " + spec.failureRate() + ")", summary);
        }
        return ExecutionResult.succeeded(summary);
    }
}
