package io.kairos.benchmarks.scenario;

import io.kairos.benchmarks.bench.BenchReport;
import io.kairos.benchmarks.bench.BenchRun;
import io.kairos.benchmarks.bench.BenchState;
import io.kairos.benchmarks.bench.Scenario;
import io.kairos.benchmarks.bench.ServiceProcess;
import io.kairos.benchmarks.bench.Waits;
import io.kairos.benchmarks.load.RunRequestLoad;
import io.kairos.benchmarks.observe.ProcessStats;
import io.kairos.benchmarks.observe.RawKafka;
import io.kairos.benchmarks.observe.RunTimeline;
import io.kairos.benchmarks.observe.RunTrace;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * N no-op runs already due before the ledger and executor start: runs per second from the first
 * start to the last completion, and CPU seconds per 1,000 runs of each process. Each size runs on a
 * broker of its own.
 */
public final class DrainScenario implements Scenario {

    static final List<Integer> FULL_SIZES = List.of(100_000, 500_000);
    static final List<Integer> SMOKE_SIZES = List.of(200);
    static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(20);
    static final double GOAL_RUNS_PER_SECOND = 5_000;

    @Override
    public String name() {
        return "drain";
    }

    @Override
    public String description() {
        return "100k and 500k runs already due: runs/s to drain, CPU seconds per 1,000 runs (goal >= 5,000 runs/s)";
    }

    @Override
    public void run(BenchRun first, BenchReport report, BenchState state) throws Exception {
        RawKafka raw = RawBaselines.measure(first, report);
        StringBuilder table = new StringBuilder("""
                | runs due | drained in | runs/s | % of raw producer rate | CPU s per 1,000 runs: ledger / executor / bench+broker | all completed |
                |---|---|---|---|---|---|
                """);
        List<Integer> sizes = first.options().sizes(FULL_SIZES, SMOKE_SIZES);
        first.eachSize(name(), sizes, (run, size) -> table.append(drain(run, report, size, raw)).append('\n'));
        report.section("Drain", table + "\nThe runs are written to `kairos.run-requests` (all due) before the ledger "
                + "and the executor start; the clock runs from the first start to the last completion. CPU seconds are "
                + "those each process used from the moment both were ready (their start-up excluded) until the last completion.");
    }

    private String drain(BenchRun run, BenchReport report, int size, RawKafka raw) throws Exception {
        try (RunRequestLoad load = RunRequestLoad.noOp(run.bootstrapServers(), Clock.systemUTC())) {
            load.allDue(size, Clock.systemUTC().instant());
        }
        ServiceProcess ledger = run.startLedger();
        ServiceProcess executor = run.startExecutor("bench-executor-1", BenchRun.SLOTS);
        report.conditions(run, "ledger (-Xmx768m) and executor (-Xmx256m) each in a JVM of its own; run timeline in the bench JVM");
        BenchRun.awaitReady(ledger, executor);
        double ledgerCpuBefore = ledger.cpuSeconds();
        double executorCpuBefore = executor.cpuSeconds();
        double benchCpuBefore = ProcessStats.cpuSeconds(ProcessStats.currentPid());
        try (RunTimeline timeline = new RunTimeline(run.bootstrapServers())) {
            boolean done = Waits.until(() -> timeline.succeeded() >= size, DRAIN_TIMEOUT);
            double ledgerCpu = ledger.cpuSeconds() - ledgerCpuBefore;
            double executorCpu = executor.cpuSeconds() - executorCpuBefore;
            double benchCpu = ProcessStats.cpuSeconds(ProcessStats.currentPid()) - benchCpuBefore;
            long firstStart = timeline.traces().values().stream().filter(RunTrace::hasStarted)
                    .mapToLong(RunTrace::started).min().orElse(0);
            double seconds = (timeline.lastSucceededMillis() - firstStart) / 1000.0;
            double rate = timeline.succeeded() / seconds;
            report.summarise(String.format(Locale.ROOT, "%,d runs due: drained at **%,.0f runs/s** (goal 5,000), "
                    + "%.2f CPU s per 1,000 runs in ledger + executor", size, rate, (ledgerCpu + executorCpu) * 1000 / size));
            return String.format(Locale.ROOT, "| %,d | %.1f s | %,.0f | %.2f %% | %.2f / %.2f / %.2f | %s |", size, seconds,
                    rate, 100 * rate / raw.producerRecordsPerSecond(), ledgerCpu * 1000 / size, executorCpu * 1000 / size,
                    benchCpu * 1000 / size, done ? "yes" : "no: " + timeline.succeeded() + " within " + DRAIN_TIMEOUT);
        }
    }
}
