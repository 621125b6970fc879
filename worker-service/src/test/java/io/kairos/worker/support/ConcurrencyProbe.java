package io.kairos.worker.support;

import io.kairos.worker.execution.ExecutionResult;
import io.kairos.worker.execution.PipelineExecutor;
import io.kairos.worker.execution.RunContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A test step that records how many attempts of its probe (config {@code probe}) execute at once, for {@code millis}. */
public final class ConcurrencyProbe implements PipelineExecutor {

    private static final Map<String, AtomicInteger> CURRENT = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> HIGHEST = new ConcurrentHashMap<>();

    public static int highest(String probe) {
        return HIGHEST.computeIfAbsent(probe, name -> new AtomicInteger()).get();
    }

    @Override
    public ExecutionResult execute(RunContext run) throws InterruptedException {
        String probe = (String) run.config().get("probe");
        int now = CURRENT.computeIfAbsent(probe, name -> new AtomicInteger()).incrementAndGet();
        HIGHEST.computeIfAbsent(probe, name -> new AtomicInteger()).accumulateAndGet(now, Math::max);
        try {
            Thread.sleep(((Number) run.config().get("millis")).longValue());
            return ExecutionResult.succeeded("probed");
        } finally {
            CURRENT.get(probe).decrementAndGet();
        }
    }
}
