package io.kairos.benchmarks.scenario;

import io.kairos.benchmarks.bench.BenchReport;
import io.kairos.benchmarks.bench.BenchRun;
import io.kairos.benchmarks.bench.BenchState;
import io.kairos.benchmarks.bench.Scenario;
import io.kairos.benchmarks.observe.RunTimeline;
import java.time.Duration;
import java.util.Locale;

/**
 * RSS of an executor with 100 slots kept busy (runs sleeping long enough to hold most slots), and
 * of the ledger beside it, sampled every second under load.
 */
public final class FootprintScenario implements Scenario {

    static final double MIB = 1024.0 * 1024.0;

    @Override
    public String name() {
        return "footprint";
    }

    @Override
    public String description() {
        return "RSS of a worker with 100 slots under load";
    }

    @Override
    public void run(BenchRun run, BenchReport report, BenchState state) throws Exception {
        RawBaselines.measure(run, report);
        int rate = run.options().pick(200, 20);
        Duration runFor = Duration.ofMillis(400);
        Duration loadFor = run.options().pick(Duration.ofSeconds(60), Duration.ofSeconds(3));
        try (KairosUnderLoad system = KairosUnderLoad.start(run, runFor)) {
            report.conditions(run, system.description());
            RssSampler executor = new RssSampler(system.executor());
            RssSampler ledger = new RssSampler(system.ledger());
            Thread sampler = new Thread(() -> sample(executor, ledger), "bench-rss");
            sampler.setDaemon(true);
            sampler.start();
            system.load().openLoop(rate, loadFor);
            sampler.interrupt();
            sampler.join();
            RunTimeline timeline = system.timeline();
            report.section("Resident memory under load", String.format(Locale.ROOT, """
                    | process | heap limit | RSS median | RSS max |
                    |---|---|---|---|
                    | executor, %d slots | -Xmx256m | %.0f MiB | %.0f MiB |
                    | ledger | -Xmx768m | %.0f MiB | %.0f MiB |

                    Load: %d runs/s of `sleep %s` for %s (≈ %.0f slots busy on average); %,d runs started while sampled.
                    """, BenchRun.SLOTS, executor.median() / MIB, executor.max() / MIB, ledger.median() / MIB,
                    ledger.max() / MIB, rate, runFor, loadFor, rate * runFor.toMillis() / 1000.0, timeline.started()));
            report.summarise(String.format(Locale.ROOT, "executor with %d slots under load: RSS max **%.0f MiB** (median %.0f MiB); ledger max %.0f MiB",
                    BenchRun.SLOTS, executor.max() / MIB, executor.median() / MIB, ledger.max() / MIB));
        }
    }

    private static void sample(RssSampler... samplers) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (RssSampler sampler : samplers) {
                    sampler.sample();
                }
                Thread.sleep(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
