package io.kairos.worker.execution;

import io.kairos.model.run.DispatchedRun;
import org.slf4j.MDC;

/** Puts {@code runId}, {@code pipelineId} and {@code attempt} into the MDC for everything logged about a run. */
public final class RunMdc implements AutoCloseable {

    public static final String RUN_ID = "runId";
    public static final String PIPELINE_ID = "pipelineId";
    public static final String ATTEMPT = "attempt";

    private RunMdc() {
    }

    public static RunMdc of(DispatchedRun run) {
        MDC.put(RUN_ID, run.runId().value());
        MDC.put(PIPELINE_ID, run.pipelineId().value());
        MDC.put(ATTEMPT, Integer.toString(run.attempt()));
        return new RunMdc();
    }

    @Override
    public void close() {
        MDC.remove(RUN_ID);
        MDC.remove(PIPELINE_ID);
        MDC.remove(ATTEMPT);
    }
}
