package io.kairos.benchmarks;

import io.kairos.benchmarks.bench.BenchReport;
import io.kairos.benchmarks.bench.BenchRun;
import io.kairos.benchmarks.bench.BenchState;
import io.kairos.benchmarks.bench.Scenario;
import io.kairos.benchmarks.scenario.RawBaselines;
import io.kairos.trigger.TriggerConfig;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * 10k, 100k and 1M pipelines in one trigger ({@link TriggerBenchmark}'s machinery): heap used after
 * GC, fire lag as the cost of its ticks, and the time to be RUNNING again after a restart with its
 * state kept and with it restored from the changelogs. Each size runs on a broker of its own.
 */
public final class ScaleScenario implements Scenario {

    static final List<Integer> FULL_SIZES = List.of(10_000, 100_000, 1_000_000);
    static final List<Integer> SMOKE_SIZES = List.of(120);

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public String description() {
        return "10k, 100k, 1M pipelines in one trigger: heap, fire lag, restore time after restart";
    }

    @Override
    public void run(BenchRun first, BenchReport report, BenchState state) throws Exception {
        RawBaselines.measure(first, report);
        report.conditions(first, "trigger (-Xmx1g) in a JVM of its own (`TriggerNode`); fire-lag reader in the bench JVM");
        StringBuilder table = new StringBuilder("""
                | pipelines | schedule | fired while measured | emit lag p50 / p99 / max | visible lag p50 / p99 / max | heap used after GC | RSS | load (publish → all scheduled) | warm restart | cold restore |
                |---|---|---|---|---|---|---|---|---|---|
                """);
        List<Integer> sizes = first.options().sizes(FULL_SIZES, SMOKE_SIZES);
        first.eachSize(name(), sizes, (run, size) -> {
            BenchmarkSettings settings = settings(run, size);
            Files.createDirectories(settings.workDir());
            BenchmarkReport result = TriggerBenchmark.measure(settings, run.bootstrapServers());
            String text = result.toString();
            table.append(text.substring(text.lastIndexOf('\n') + 1)).append('\n');
            report.summarise(String.format(Locale.ROOT, "%,d pipelines: heap after GC %.0f MiB, emit lag p99 %d ms, "
                    + "cold restore %s", size, result.heapUsedBytes() / (1024.0 * 1024),
                    result.lag().emitLag.getValueAtPercentile(99), result.coldRestoreMillis() < 0 ? "not measured"
                            : String.format(Locale.ROOT, "%.1f s", result.coldRestoreMillis() / 1000.0)));
        });
        report.section("Trigger at scale", table + "\nSchedules `spread-hour` (each pipeline once an hour, spread "
                + "over its 3,600 seconds: N/3,600 fires per second), so the per-fire work stays constant and what grows "
                + "is the state the trigger holds; the emit lag is what its ticks cost at that size.");
    }

    private static BenchmarkSettings settings(BenchRun run, int size) {
        boolean smoke = run.options().smoke();
        return new BenchmarkSettings(size, smoke ? BenchmarkSchedule.SPREAD_MINUTE : BenchmarkSchedule.SPREAD_HOUR,
                smoke ? Duration.ofSeconds(3) : Duration.ofSeconds(65), "1g", BenchRun.PARTITIONS,
                run.workDir().resolve("trigger-" + size), !smoke, TriggerConfig.DEFAULT_PUNCTUATION_INTERVAL);
    }
}
