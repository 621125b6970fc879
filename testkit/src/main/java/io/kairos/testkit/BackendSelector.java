package io.kairos.testkit;

import java.util.Map;
import java.util.Optional;

/**
 * Chooses where the test cluster runs, in order: the existing cluster named by
 * {@code KAIROS_TEST_BOOTSTRAP}; a Kafka container when a Docker engine answers and one broker is
 * wanted; otherwise real brokers in this JVM.
 */
final class BackendSelector {

    private final Map<String, String> environment;

    BackendSelector(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Starts a cluster of {@code brokerCount} brokers, or connects to the existing one whatever its size. */
    ClusterBackend start(int brokerCount) {
        Optional<String> existing = existingBootstrap();
        if (existing.isPresent()) {
            return ExistingClusterBackend.connect(existing.get());
        }
        if (brokerCount == 1 && ContainerBackend.isDockerAvailable()) {
            return ContainerBackend.start();
        }
        return InJvmKraftBackend.start(brokerCount);
    }

    private Optional<String> existingBootstrap() {
        return Optional.ofNullable(environment.get(ExistingClusterBackend.BOOTSTRAP_ENV))
                .map(String::trim)
                .filter(value -> !value.isEmpty());
    }
}
