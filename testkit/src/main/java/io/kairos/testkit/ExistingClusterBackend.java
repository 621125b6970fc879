package io.kairos.testkit;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.opentest4j.TestAbortedException;

/**
 * A cluster somebody else runs, named by the {@code KAIROS_TEST_BOOTSTRAP} environment variable.
 * Its brokers cannot be stopped or started from a test.
 */
final class ExistingClusterBackend implements ClusterBackend {

    static final String BOOTSTRAP_ENV = "KAIROS_TEST_BOOTSTRAP";
    private static final long DESCRIBE_TIMEOUT_SECONDS = 30;

    private final String bootstrapServers;
    private final int brokerCount;
    private final String source;

    private ExistingClusterBackend(String bootstrapServers, int brokerCount, String source) {
        this.bootstrapServers = bootstrapServers;
        this.brokerCount = brokerCount;
        this.source = source;
    }

    /** Connects to the cluster named by {@code KAIROS_TEST_BOOTSTRAP} and counts its brokers. */
    static ExistingClusterBackend connect(String bootstrapServers) {
        return connect(bootstrapServers, BOOTSTRAP_ENV);
    }

    /** Connects to a cluster named by {@code source} (for messages) and counts its brokers. */
    static ExistingClusterBackend connect(String bootstrapServers, String source) {
        return new ExistingClusterBackend(bootstrapServers, countBrokers(bootstrapServers, source), source);
    }

    private static int countBrokers(String bootstrapServers, String source) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return admin.describeCluster().nodes().get(DESCRIBE_TIMEOUT_SECONDS, TimeUnit.SECONDS).size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while describing the cluster at " + bootstrapServers, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("No Kafka cluster answers at " + bootstrapServers
                    + " (from " + source + ")", e);
        }
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public int brokerCount() {
        return brokerCount;
    }

    @Override
    public void stopBroker(int brokerId) {
        throw unsupported("stopBroker");
    }

    @Override
    public void startBroker(int brokerId) {
        throw unsupported("startBroker");
    }

    private TestAbortedException unsupported(String operation) {
        return new TestAbortedException(operation + " needs the in-JVM cluster, but this run uses the existing cluster at "
                + bootstrapServers + " because " + BOOTSTRAP_ENV + " is set; unset it to run this test");
    }

    @Override
    public String description() {
        return "existing cluster from " + source + ", " + brokerCount + (brokerCount == 1 ? " broker" : " brokers");
    }

    @Override
    public void close() {
    }
}
