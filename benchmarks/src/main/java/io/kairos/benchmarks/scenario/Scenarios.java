package io.kairos.benchmarks.scenario;

import io.kairos.benchmarks.ScaleScenario;
import io.kairos.benchmarks.bench.Scenario;
import java.util.List;

/** Every scenario of {@code bin/kairos bench}, in the order {@code all} runs them. */
public final class Scenarios {

    private Scenarios() {
    }

    public static List<Scenario> all() {
        return List.of(new ThroughputScenario(), new LatencyScenario(), new DrainScenario(), new BurstScenario(),
                new ScaleScenario(), new RecoveryScenario(), new FootprintScenario(), new LedgerScenario(),
                new MicroScenario());
    }

    /** The scenario called {@code name}, or every scenario for {@code all}. */
    public static List<Scenario> named(String name) {
        if (name.equals("all")) {
            return all();
        }
        return all().stream().filter(scenario -> scenario.name().equals(name)).findFirst().map(List::of)
                .orElseThrow(() -> new IllegalArgumentException("SCENARIO: no scenario '" + name + "'; choose one of "
                        + all().stream().map(Scenario::name).toList() + " or all"));
    }
}
