package io.kairos.worker.execution;

import io.kairos.model.spec.CommandExecutorSpec;
import io.kairos.model.spec.ExecutorSpec;
import io.kairos.model.spec.HttpExecutorSpec;
import io.kairos.model.spec.JavaExecutorSpec;
import io.kairos.model.spec.SleepExecutorSpec;
import java.net.http.HttpClient;
import java.util.function.DoubleSupplier;

/** The executor for a pipeline's executor spec. */
public final class ExecutorSelector {

    private final ProcessTree processTree;
    private final HttpClient httpClient;
    private final DoubleSupplier unitRandom;
    private final JavaExecutorLoader javaExecutors;

    public ExecutorSelector(ProcessTree processTree, HttpClient httpClient, DoubleSupplier unitRandom,
                            JavaExecutorLoader javaExecutors) {
        this.processTree = processTree;
        this.httpClient = httpClient;
        this.unitRandom = unitRandom;
        this.javaExecutors = javaExecutors;
    }

    public PipelineExecutor forSpec(ExecutorSpec spec) {
        if (spec instanceof CommandExecutorSpec command) {
            return new CommandExecutor(command, processTree);
        }
        if (spec instanceof HttpExecutorSpec http) {
            return new HttpExecutor(http, httpClient);
        }
        if (spec instanceof SleepExecutorSpec sleep) {
            return new SleepExecutor(sleep, unitRandom);
        }
        JavaExecutorSpec java = (JavaExecutorSpec) spec;
        return javaExecutors.create(java.className()).orElse(run -> ExecutionResult.failed("no PipelineExecutor "
                + java.className() + " on the class path (listed in META-INF/services/"
                + PipelineExecutor.class.getName() + ")", null));
    }
}
