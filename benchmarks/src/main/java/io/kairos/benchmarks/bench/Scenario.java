package io.kairos.benchmarks.bench;

/** One benchmark scenario of {@code bin/kairos bench}: runs on its own {@link BenchRun}, fills in its report. */
public interface Scenario {

    String name();

    /** What the scenario measures, for {@code --help}. */
    String description();

    void run(BenchRun run, BenchReport report, BenchState state) throws Exception;
}
