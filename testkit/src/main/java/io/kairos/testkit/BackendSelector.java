package io.kairos.testkit;

import java.util.Map;
import java.util.Optional;

import org.opentest4j.TestAbortedException;

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

    /** Starts (or connects to) a cluster of {@code brokerCount} brokers. */
    ClusterBackend start(int brokerCount) {
        Optional<String> existing = existingBootstrap();
        if (existing.isPresent()) {
            return requireEnoughBrokers(ExistingClusterBackend.connect(existing.get()), brokerCount);
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

    private static ClusterBackend requireEnoughBrokers(ClusterBackend backend, int brokerCount) {
        if (backend.brokerCount() < brokerCount) {
            backend.close();
            throw new TestAbortedException("These tests need " + brokerCount + " brokers but the "
                    + backend.description() + " has fewer");
        }
        return backend;
    }
}
