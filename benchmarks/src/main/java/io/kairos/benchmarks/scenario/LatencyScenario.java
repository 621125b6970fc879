package io.kairos.benchmarks.scenario;

import io.kairos.benchmarks.bench.BenchReport;
import io.kairos.benchmarks.bench.BenchRun;
import io.kairos.benchmarks.bench.BenchState;
import io.kairos.benchmarks.bench.Scenario;
import io.kairos.benchmarks.observe.RawKafka;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Start lag at 25 %, 50 % and 80 % of the sustained rate (from {@code --rate}, an earlier
 * throughput scenario, or a ladder of its own), split into fire lag, ledger and executor stages.
 */
public final class LatencyScenario implements Scenario {

    static final List<Integer> PERCENTS = List.of(25, 50, 80);
    static final Duration FULL_STEP = Duration.ofSeconds(40);
    static final Duration SMOKE_STEP = Duration.ofSeconds(2);
    static final long GOAL_P99_MILLIS = 250;

    @Override
    public String name() {
        return "latency";
    }

    @Override
    public String description() {
        return "start lag p50..max at 25/50/80 % of the sustained rate, split by stage (goal p99 <= 250 ms at 50 %)";
    }

    @Override
    public void run(BenchRun run, BenchReport report, BenchState state) throws Exception {
        RawKafka raw = RawBaselines.measure(run, report);
        try (KairosUnderLoad system = KairosUnderLoad.start(run, Duration.ZERO)) {
            report.conditions(run, system.description());
            int sustained = SustainedRate.of(run, state, system);
            for (int percent : PERCENTS) {
                int rate = Math.max(1, sustained * percent / 100);
                LoadStep step = LoadStep.run(rate, run.options().pick(FULL_STEP, SMOKE_STEP), system.load(),
                        system.timeline(), system.processes());
                report.section(percent + " % of " + sustained + " runs/s = " + rate + " runs/s (" + step.runs + " runs)",
                        step.lag.table() + "\n\nnever started: " + step.lag.neverStarted + "; CPU use (cores): " + step.cpu
                                + "\n\n" + ratios(step, raw));
                report.summarise(String.format(Locale.ROOT, "%d %% (%,d runs/s): start lag p50 %,d ms, p99 %,d ms, p99.9 %,d ms%s",
                        percent, rate, step.lag.total.getValueAtPercentile(50), step.lag.p99(),
                        step.lag.total.getValueAtPercentile(99.9),
                        percent == 50 ? (step.lag.p99() <= GOAL_P99_MILLIS ? " (goal p99 ≤ 250 ms met)" : " (goal p99 ≤ 250 ms missed)") : ""));
            }
        }
    }

    private static String ratios(LoadStep step, RawKafka raw) {
        long rawP50 = Math.max(1, raw.transactionalHop().getValueAtPercentile(50));
        long rawP99 = Math.max(1, raw.transactionalHop().getValueAtPercentile(99));
        return String.format(Locale.ROOT, "Against raw Kafka's transactional hop on the same broker (p50 %d ms, p99 %d ms): "
                + "start lag p50 %.1f×, p99 %.1f× (a run crosses two transactional hops, request → ledger → lane, plus the executor's fetch).",
                rawP50, rawP99, step.lag.total.getValueAtPercentile(50) / (double) rawP50, step.lag.p99() / (double) rawP99);
    }
}
