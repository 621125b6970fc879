package io.kairos.benchmarks.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * What one {@code bin/kairos bench} invocation asked for.
 *
 * @param bootstrapServers a cluster to use, or null to start an embedded broker per scenario
 * @param rate             runs per second for {@code latency}; 0 to find it
 * @param serviceSettings  {@code KAIROS_*} variables given to every service the scenarios start, on top of theirs
 */
public record BenchOptions(boolean smoke, String bootstrapServers, Path resultsDir, Path workDir, int rate,
                           Map<String, String> serviceSettings) {

    public BenchOptions {
        serviceSettings = Map.copyOf(serviceSettings);
        serviceSettings.keySet().stream().filter(key -> !key.startsWith("KAIROS_")).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException("--service-env: " + key + " is not a KAIROS_* variable");
        });
        if (rate < 0) {
            throw new IllegalArgumentException("--rate: must not be negative, was " + rate);
        }
    }

    public boolean startsEmbeddedBroker() {
        return bootstrapServers == null;
    }

    /** {@code full} unless the run is a smoke run: tiny sizes that only prove the harness works. */
    public <T> T pick(T full, T smokeValue) {
        return smoke ? smokeValue : full;
    }
}
