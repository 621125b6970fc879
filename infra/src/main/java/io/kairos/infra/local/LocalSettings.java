package io.kairos.infra.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@code bin/kairos local} runs with.
 *
 * @param bootstrapServers an existing cluster to use; null to start the embedded broker
 * @param demoDir          the demo pipelines to apply; null for none
 * @param httpPort         the HTTP port on 127.0.0.1 (API, /livez, /readyz, /metrics); 0 picks a free one
 * @param workers          executor instances
 * @param slots            slots of each executor
 */
public record LocalSettings(Path dataDir, int kafkaPort, String bootstrapServers, Duration statusInterval,
                            Path demoDir, int httpPort, int workers, int slots) {

    public static final int DEFAULT_WORKERS = 2;
    public static final int DEFAULT_SLOTS = 8;

    public static final String HTTP_HOST = "127.0.0.1";
    public static final int DEFAULT_HTTP_PORT = 8080;

    public LocalSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(statusInterval, "statusInterval");
        if (kafkaPort < 1 || kafkaPort > 65534) {
            throw new IllegalArgumentException("--kafka-port: must be between 1 and 65534, was " + kafkaPort);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("--workers: must be at least 1, was " + workers);
        }
        if (slots < 1) {
            throw new IllegalArgumentException("--slots: must be at least 1, was " + slots);
        }
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("--http-port: must be between 0 and 65535, was " + httpPort);
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
