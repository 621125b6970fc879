package io.kairos.infra.broker;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;

/** Waits until a broker answers an admin client's {@code describeCluster} with at least one node. */
final class BrokerReadiness {

    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);

    private BrokerReadiness() {
    }

    static void await(String bootstrapServers, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis()))) {
            while (!answers(admin)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new BrokerStartupException("The Kafka broker at " + bootstrapServers
                            + " did not answer within " + timeout);
                }
            }
        }
    }

    private static boolean answers(Admin admin) throws InterruptedException {
        try {
            Collection<Node> nodes = admin.describeCluster().nodes()
                    .get(ATTEMPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return !nodes.isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }
}
