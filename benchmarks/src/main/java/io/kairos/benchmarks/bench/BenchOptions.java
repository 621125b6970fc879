package io.kairos.benchmarks.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one {@code bin/kairos bench} invocation asked for.
 *
 * @param bootstrapServers a cluster to use, or null to start an embedded broker per scenario
 * @param rate             runs per second for {@code latency}; 0 to find it
 * @param serviceSettings  {@code KAIROS_*} variables given to every service the scenarios start, on top of theirs
 * @param ledgerSettings   {@code KAIROS_*} variables given to the ledger only, on top of those
 * @param sizes            sizes for drain, burst and scale instead of theirs; empty for theirs
 */
public record BenchOptions(boolean smoke, String bootstrapServers, Path resultsDir, Path workDir, int rate,
                           Map<String, String> serviceSettings, Map<String, String> ledgerSettings,
                           List<Integer> sizes) {

    public BenchOptions {
        sizes = List.copyOf(sizes);
        sizes.stream().filter(size -> size < 1).findFirst().ifPresent(size -> {
            throw new IllegalArgumentException("--sizes: each size must be at least 1, was " + size);
        });
        serviceSettings = checked("--service-env", serviceSettings);
        ledgerSettings = checked("--ledger-env", ledgerSettings);
        if (rate < 0) {
            throw new IllegalArgumentException("--rate: must not be negative, was " + rate);
        }
    }

    private static Map<String, String> checked(String option, Map<String, String> settings) {
        settings.keySet().stream().filter(key -> !key.startsWith("KAIROS_")).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException(option + ": " + key + " is not a KAIROS_* variable");
        });
        return Map.copyOf(settings);
    }

    public boolean startsEmbeddedBroker() {
        return bootstrapServers == null;
    }

    /** The sizes given with {@code --sizes}, else {@code full} or, in a smoke run, {@code smokeSizes}. */
    public List<Integer> sizes(List<Integer> full, List<Integer> smokeSizes) {
        return !sizes.isEmpty() ? sizes : pick(full, smokeSizes);
    }

    /** {@code full} unless the run is a smoke run: tiny sizes that only prove the harness works. */
    public <T> T pick(T full, T smokeValue) {
        return smoke ? smokeValue : full;
    }
}
