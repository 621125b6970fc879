package io.kairos.benchmarks.micro;

import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.Run;
import io.kairos.model.run.RunTransition;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Nanoseconds for the run state machine: one transition, and a whole successful life of a run. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RunLifecycle {

    private static final RunId RUN = RunId.of("acme/import@2026-01-01T00:00:00Z");
    private static final WorkerId WORKER = WorkerId.of("worker-1");
    private static final RunTransition DISPATCH = new RunTransition.Dispatch();
    private static final RunTransition START = new RunTransition.Start(WORKER);
    private static final RunTransition HEARTBEAT = new RunTransition.Heartbeat();
    private static final RunTransition SUCCEED = new RunTransition.Succeed();

    private final Run processing = Run.requested(RUN, true).apply(DISPATCH).apply(START);

    @Benchmark
    public Run heartbeat() {
        return processing.apply(HEARTBEAT);
    }

    @Benchmark
    public Run requestedToCompleted() {
        return Run.requested(RUN, true).apply(DISPATCH).apply(START).apply(HEARTBEAT).apply(SUCCEED);
    }
}
