package io.kairos.worker.support;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.Origin;
import io.kairos.model.spec.CommandExecutorSpec;
import io.kairos.model.spec.ExecutorSpec;
import io.kairos.model.spec.JavaExecutorSpec;
import io.kairos.model.spec.SleepExecutorSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test-data builder for dispatched runs: {@code aRun().pipeline("acme/x").sleeping(PT1S).priority(9).build()}. */
public final class DispatchedRuns {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    private PipelineId pipelineId = PipelineId.parse("acme/test");
    private Instant scheduledFor = BASE.plusSeconds(SEQUENCE.incrementAndGet());
    private int attempt = 1;
    private int priority = 5;
    private ExecutorSpec executor = new SleepExecutorSpec(Duration.ZERO, 0.0);
    private Duration staleAfter = Duration.ofSeconds(30);
    private Instant dispatchedAt = Instant.now();

    private DispatchedRuns() {
    }

    public static DispatchedRuns aRun() {
        return new DispatchedRuns();
    }

    public DispatchedRuns pipeline(String id) {
        pipelineId = PipelineId.parse(id);
        return this;
    }

    public DispatchedRuns attempt(int value) {
        attempt = value;
        return this;
    }

    public DispatchedRuns priority(int value) {
        priority = value;
        return this;
    }

    public DispatchedRuns staleAfter(Duration value) {
        staleAfter = value;
        return this;
    }

    public DispatchedRuns sleeping(Duration duration) {
        executor = new SleepExecutorSpec(duration, 0.0);
        return this;
    }

    public DispatchedRuns command(String... command) {
        executor = new CommandExecutorSpec(List.of(command), Map.of(), null);
        return this;
    }

    public DispatchedRuns executor(ExecutorSpec spec) {
        executor = spec;
        return this;
    }

    public DispatchedRuns java(Class<?> type, Map<String, Object> config) {
        executor = new JavaExecutorSpec(type.getName(), config);
        return this;
    }

    public DispatchedRun build() {
        return new DispatchedRun(RunId.scheduled(pipelineId, scheduledFor), pipelineId, attempt, scheduledFor,
                dispatchedAt, Origin.SCHEDULE, priority, executor, null, staleAfter, null);
    }
}
