package io.kairos.benchmarks.scenario;

import io.kairos.benchmarks.bench.BenchReport;
import io.kairos.benchmarks.bench.BenchRun;
import io.kairos.benchmarks.bench.BenchState;
import io.kairos.benchmarks.bench.Scenario;
import io.kairos.benchmarks.bench.ServiceProcess;
import io.kairos.benchmarks.load.RunRequestLoad;
import io.kairos.benchmarks.observe.RawKafka;
import io.kairos.benchmarks.observe.RunTimeline;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Open-loop no-op runs at rising rates against one ledger and one executor of 100 slots; the
 * highest rate where p99 start lag stays within 1 s and the backlog stays flat. Stops at the first
 * rate that fails.
 */
public final class ThroughputScenario implements Scenario {

    static final List<Integer> FULL_RATES = List.of(100, 250, 500, 750, 1_000, 1_500, 2_000, 3_000, 5_000);
    static final List<Integer> SMOKE_RATES = List.of(20);
    static final Duration FULL_STEP = Duration.ofSeconds(20);
    static final Duration SMOKE_STEP = Duration.ofSeconds(3);

    @Override
    public String name() {
        return "throughput";
    }

    @Override
    public String description() {
        return "highest open-loop rate with p99 start lag <= 1 s and a flat backlog (goal 5,000 runs/s)";
    }

    @Override
    public void run(BenchRun run, BenchReport report, BenchState state) throws Exception {
        RawKafka raw = RawBaselines.measure(run, report);
        List<LoadStep> steps = new ArrayList<>();
        try (KairosUnderLoad system = KairosUnderLoad.start(run, Duration.ZERO)) {
            report.conditions(run, system.description());
            steps = ladder(run, system);
        }
        int sustained = steps.stream().filter(LoadStep::passed).mapToInt(step -> step.rate).max().orElse(0);
        state.sustainedRate(sustained);
        StringBuilder table = new StringBuilder(LoadStep.header()).append('\n');
        steps.forEach(step -> table.append(step.row()).append('\n'));
        report.section("Rising rates", table + "\nEach step lasts " + step(run).toSeconds()
                + " s; runs are no-op (`sleep 0`); a step passes when p99 start lag ≤ 1 s, every run started, and fewer"
                + " than one second of runs were waiting when the load stopped; the ladder goes on while the backlog stays"
                + " flat (\"kept up\") and stops at the first rate it does not. CPU use: cores busy per process during the step.");
        report.summarise(String.format(Locale.ROOT, "sustained rate: **%,d runs/s** (goal 5,000) — %.2f %% of raw Kafka's "
                + "acks=all producer rate of %,.0f records/s", sustained, 100.0 * sustained / raw.producerRecordsPerSecond(),
                raw.producerRecordsPerSecond()));
        int keptUp = steps.stream().filter(LoadStep::keptUp).mapToInt(step -> step.rate).max().orElse(0);
        report.summarise(String.format(Locale.ROOT, "highest rate kept up with (flat backlog, p99 not bounded): %,d runs/s", keptUp));
        steps.stream().filter(step -> !step.passed()).findFirst().ifPresent(failed -> report.summarise(String.format(
                Locale.ROOT, "first rate over the p99 bound %,d runs/s: p99 %,d ms, backlog %,d when the load stopped",
                failed.rate, failed.lag.p99(), failed.backlogAtEnd)));
        if (!steps.isEmpty()) {
            LoadStep last = steps.get(steps.size() - 1);
            report.section("Where the time goes at " + last.rate + " runs/s", last.lag.table());
        }
    }

    private List<LoadStep> ladder(BenchRun run, KairosUnderLoad system) throws InterruptedException {
        List<LoadStep> steps = new ArrayList<>();
        for (int rate : run.options().pick(FULL_RATES, SMOKE_RATES)) {
            LoadStep step = LoadStep.run(rate, step(run), system.load(), system.timeline(), system.processes());
            steps.add(step);
            if (!step.keptUp()) {
                break;
            }
        }
        return steps;
    }

    private static Duration step(BenchRun run) {
        return run.options().pick(FULL_STEP, SMOKE_STEP);
    }
}
