package io.kairos.benchmarks.scenario;

import io.kairos.benchmarks.bench.BenchRun;
import io.kairos.benchmarks.bench.BenchState;
import java.time.Duration;

/** The rate a scenario runs at: {@code --rate}, else what throughput found in this invocation, else a short ladder of its own. */
final class SustainedRate {

    static final Duration SEARCH_STEP = Duration.ofSeconds(15);
    static final int SMOKE_RATE = 20;

    private SustainedRate() {
    }

    static int of(BenchRun run, BenchState state, KairosUnderLoad system) throws InterruptedException {
        if (run.options().rate() > 0) {
            return run.options().rate();
        }
        if (state.sustainedRate() > 0) {
            return state.sustainedRate();
        }
        if (run.options().smoke()) {
            return SMOKE_RATE;
        }
        int sustained = ThroughputScenario.FULL_RATES.get(0);
        for (int rate : ThroughputScenario.FULL_RATES) {
            LoadStep step = LoadStep.run(rate, SEARCH_STEP, system.load(), system.timeline(), system.processes());
            if (!step.passed()) {
                break;
            }
            sustained = rate;
        }
        state.sustainedRate(sustained);
        return sustained;
    }
}
