package io.kairos.benchmarks.scenario;

import io.kairos.benchmarks.bench.BenchReport;
import io.kairos.benchmarks.bench.BenchRun;
import io.kairos.benchmarks.bench.BenchState;
import io.kairos.benchmarks.bench.Scenario;
import io.kairos.benchmarks.bench.ServiceProcess;
import io.kairos.benchmarks.bench.Waits;
import io.kairos.benchmarks.load.PipelineLoad;
import io.kairos.benchmarks.observe.MetricsScrape;
import io.kairos.benchmarks.observe.RawKafka;
import io.kairos.benchmarks.observe.RunTimeline;
import io.kairos.benchmarks.observe.RunTrace;
import io.kairos.benchmarks.observe.StartLag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * N pipelines due in the same second through the whole system (trigger, ledger, executor, each a
 * process): the time from that second until the last run started. Each size runs on a broker of its own.
 */
public final class BurstScenario implements Scenario {

    static final List<Integer> FULL_SIZES = List.of(10_000, 100_000);
    static final List<Integer> SMOKE_SIZES = List.of(30);
    static final Duration BURST_TIMEOUT = Duration.ofMinutes(10);

    @Override
    public String name() {
        return "burst";
    }

    @Override
    public String description() {
        return "10k and 100k pipelines due in the same second: time until the last run starts";
    }

    @Override
    public void run(BenchRun first, BenchReport report, BenchState state) throws Exception {
        RawBaselines.measure(first, report);
        List<Integer> sizes = first.options().sizes(FULL_SIZES, SMOKE_SIZES);
        first.eachSize(name(), sizes, (run, size) -> burst(run, report, size));
    }

    private void burst(BenchRun run, BenchReport report, int size) throws Exception {
        ServiceProcess trigger = run.startTrigger();
        ServiceProcess ledger = run.startLedger();
        ServiceProcess executor = run.startExecutor("bench-executor-1", BenchRun.SLOTS);
        BenchRun.awaitReady(trigger, ledger, executor);
        report.conditions(run, "trigger (-Xmx1g), ledger (-Xmx768m), executor (-Xmx256m) each in a JVM of its own");
        Instant due = Instant.now().plus(margin(run, size)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        PipelineLoad.onceAt(run.bootstrapServers(), size, due);
        try (RunTimeline timeline = new RunTimeline(run.bootstrapServers())) {
            Waits.until(() -> Instant.now().isAfter(due), margin(run, size).plusSeconds(5));
            double scheduledAtDue = MetricsScrape.sample(trigger.httpPort(), "kairos_trigger_pipelines", "state=\"scheduled\"");
            boolean all = Waits.until(() -> timeline.started() >= size, BURST_TIMEOUT);
            Waits.until(() -> timeline.succeeded() >= size, Duration.ofMinutes(2));
            List<RunTrace> runs = timeline.traces().values().stream().filter(trace -> trace.scheduled() == due.toEpochMilli()).toList();
            StartLag lag = StartLag.of(runs);
            long lastStart = runs.stream().mapToLong(RunTrace::started).max().orElse(0) - due.toEpochMilli();
            long duplicates = runs.stream().mapToLong(trace -> Math.max(0, trace.starts() - 1)).sum();
            report.section(String.format(Locale.ROOT, "%,d pipelines due at %s", size, due), String.format(Locale.ROOT,
                    "last run started **%.1f s** after the due second (%,d of %,d started%s); pipelines the trigger had "
                            + "scheduled when the second came: %,.0f (any later fire late, by catch-up `latest`); "
                            + "executions beyond one per run: %,d%n%n%s",
                    lastStart / 1000.0, timeline.started(), size, all ? "" : " within " + BURST_TIMEOUT, scheduledAtDue,
                    duplicates, lag.table()));
            report.summarise(String.format(Locale.ROOT, "%,d pipelines due in the same second: last start after **%.1f s** "
                    + "(%,.0f runs/s), %,d duplicate executions", size, lastStart / 1000.0,
                    size / Math.max(0.001, lastStart / 1000.0), duplicates));
        }
    }

    private static Duration margin(BenchRun run, int size) {
        return run.options().pick(Duration.ofSeconds(20).plusMillis(size), Duration.ofSeconds(10));
    }
}
