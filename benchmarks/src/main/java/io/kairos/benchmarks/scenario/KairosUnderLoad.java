package io.kairos.benchmarks.scenario;

import io.kairos.benchmarks.bench.BenchRun;
import io.kairos.benchmarks.bench.ServiceProcess;
import io.kairos.benchmarks.load.RunRequestLoad;
import io.kairos.benchmarks.observe.RunTimeline;
import io.kairos.model.spec.PipelineSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** One ledger and one executor of {@link BenchRun#SLOTS} slots, each in its own process, a load generator and a timeline. */
final class KairosUnderLoad implements AutoCloseable {

    private final ServiceProcess ledger;
    private final ServiceProcess executor;
    private final RunRequestLoad load;
    private final RunTimeline timeline;

    private KairosUnderLoad(ServiceProcess ledger, ServiceProcess executor, RunRequestLoad load, RunTimeline timeline) {
        this.ledger = ledger;
        this.executor = executor;
        this.load = load;
        this.timeline = timeline;
    }

    /** Starts both services, waits until they are ready, then starts following runs. */
    /**
     * Starts the ledger and an executor and warms them up: {@link #WARM_UP_RATE} runs/s for
     * {@link #WARM_UP} (a second at smoke size), not reported. A fresh ledger's first seconds (JIT,
     * its tasks' first transactions, the clients' first metadata) measured seconds of start lag that a
     * running system never shows, and would otherwise land in whichever step comes first.
     */
    static KairosUnderLoad start(BenchRun run, Duration runDuration) throws InterruptedException {
        ServiceProcess ledger = run.startLedger();
        ServiceProcess executor = run.startExecutor("bench-executor-1", BenchRun.SLOTS);
        BenchRun.awaitReady(ledger, executor);
        KairosUnderLoad system = new KairosUnderLoad(ledger, executor, new RunRequestLoad(run.bootstrapServers(),
                Clock.systemUTC(), runDuration, PipelineSpec.DEFAULT_STALE_AFTER), new RunTimeline(run.bootstrapServers()));
        LoadStep.run(WARM_UP_RATE, run.options().pick(WARM_UP, Duration.ofSeconds(1)), system.load, system.timeline,
                system.processes());
        return system;
    }

    static final int WARM_UP_RATE = 100;
    static final Duration WARM_UP = Duration.ofSeconds(20);

    RunRequestLoad load() {
        return load;
    }

    RunTimeline timeline() {
        return timeline;
    }

    ServiceProcess ledger() {
        return ledger;
    }

    ServiceProcess executor() {
        return executor;
    }

    List<ServiceProcess> processes() {
        return List.of(ledger, executor);
    }

    String description() {
        return "ledger (-Xmx768m) and executor (-Xmx256m, " + BenchRun.SLOTS + " slots) each in a JVM of its own "
                + "(`KairosMain worker --role ...`); load generator and run timeline in the bench JVM; "
                + "warmed up with " + WARM_UP_RATE + " runs/s for " + WARM_UP.toSeconds() + " s before the first step";
    }

    @Override
    public void close() throws InterruptedException {
        timeline.close();
        load.close();
    }
}
