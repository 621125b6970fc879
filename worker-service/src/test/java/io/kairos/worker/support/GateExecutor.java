package io.kairos.worker.support;

import io.kairos.worker.execution.ExecutionResult;
import io.kairos.worker.execution.PipelineExecutor;
import io.kairos.worker.execution.RunContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/** A test step that waits until the test opens its gate (config {@code gate}: the gate's name). */
public final class GateExecutor implements PipelineExecutor {

    private static final Map<String, CountDownLatch> GATES = new ConcurrentHashMap<>();

    public static void open(String gate) {
        gateNamed(gate).countDown();
    }

    private static CountDownLatch gateNamed(String gate) {
        return GATES.computeIfAbsent(gate, name -> new CountDownLatch(1));
    }

    @Override
    public ExecutionResult execute(RunContext run) throws InterruptedException {
        gateNamed((String) run.config().get("gate")).await();
        return ExecutionResult.succeeded("gate opened");
    }
}
