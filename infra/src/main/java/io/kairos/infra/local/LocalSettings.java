package io.kairos.infra.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@code bin/kairos local} runs with.
 *
 * @param bootstrapServers an existing cluster to use; null to start the embedded broker
 * @param demoDir          the demo pipelines to apply; null for none
 */
public record LocalSettings(Path dataDir, int kafkaPort, String bootstrapServers, Duration statusInterval,
                            Path demoDir) {

    public LocalSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(statusInterval, "statusInterval");
        if (kafkaPort < 1 || kafkaPort > 65534) {
            throw new IllegalArgumentException("--kafka-port: must be between 1 and 65534, was " + kafkaPort);
        }
        if (statusInterval.isNegative() || statusInterval.isZero()) {
            throw new IllegalArgumentException("--status-interval: must be positive, was " + statusInterval);
        }
    }

    public boolean startsEmbeddedBroker() {
        return bootstrapServers == null;
    }

    public boolean appliesDemo() {
        return demoDir != null;
    }

    public Path brokerDataDir() {
        return dataDir.resolve("kafka");
    }
}
