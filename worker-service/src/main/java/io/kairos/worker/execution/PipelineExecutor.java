package io.kairos.worker.execution;

/**
 * Executes one attempt of a run. Kairos ships executors for {@code command}, {@code http} and
 * {@code sleep}; an in-process Java step implements this interface, has a public no-argument
 * constructor and is listed in {@code META-INF/services/io.kairos.worker.execution.PipelineExecutor},
 * and a pipeline names it with {@code executor: { type: java, class: <its class name>, config: {…} }}.
 *
 * <p>Each attempt gets a fresh instance, executing on its own thread. When the attempt is to stop
 * (cancel, fencing, or the end of a drain) that thread is interrupted: stop promptly, release what
 * was taken, and throw {@link InterruptedException}.
 */
public interface PipelineExecutor {

    /** Executes the attempt and says how it ended; a thrown exception counts as a failure. */
    ExecutionResult execute(RunContext run) throws Exception;
}
