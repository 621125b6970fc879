package io.kairos.infra.broker;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the embedded broker needs: where its data lives, the client port, optionally the controller
 * port (otherwise a free one is chosen on first start and remembered in the data directory), and
 * extra broker properties that override the single-node defaults.
 */
public record EmbeddedBrokerConfig(Path dataDir, int port, OptionalInt controllerPort, Map<String, String> extraProperties) {

    /** The data directory of {@code bin/kairos local}, relative to the working directory. */
    public static final Path DEFAULT_DATA_DIR = Path.of(".kairos", "kafka");
    /** The usual Kafka client port. */
    public static final int DEFAULT_PORT = 9092;

    public EmbeddedBrokerConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        requireValidPort("port", port);
        Objects.requireNonNull(controllerPort, "controllerPort");
        controllerPort.ifPresent(value -> requireValidPort("controllerPort", value));
        if (controllerPort.isPresent() && controllerPort.getAsInt() == port) {
            throw new IllegalArgumentException("controllerPort must differ from port " + port);
        }
        extraProperties = Map.copyOf(extraProperties);
    }

    /** The defaults: {@link #DEFAULT_DATA_DIR}, {@link #DEFAULT_PORT}, a remembered controller port, no extras. */
    public static EmbeddedBrokerConfig defaults() {
        return new EmbeddedBrokerConfig(DEFAULT_DATA_DIR, DEFAULT_PORT, OptionalInt.empty(), Map.of());
    }

    public EmbeddedBrokerConfig withDataDir(Path newDataDir) {
        return new EmbeddedBrokerConfig(newDataDir, port, controllerPort, extraProperties);
    }

    public EmbeddedBrokerConfig withPort(int newPort) {
        return new EmbeddedBrokerConfig(dataDir, newPort, controllerPort, extraProperties);
    }

    public EmbeddedBrokerConfig withControllerPort(int newControllerPort) {
        return new EmbeddedBrokerConfig(dataDir, port, OptionalInt.of(newControllerPort), extraProperties);
    }

    /** A copy with one more broker property, e.g. {@code log.retention.hours}. */
    public EmbeddedBrokerConfig withProperty(String name, String value) {
        Map<String, String> extended = new HashMap<>(extraProperties);
        extended.put(name, value);
        return new EmbeddedBrokerConfig(dataDir, port, controllerPort, extended);
    }

    private static void requireValidPort(String name, int value) {
        if (value < 1 || value > 65_535) {
            throw new IllegalArgumentException(name + " must be between 1 and 65535, not " + value);
        }
    }
}
