package io.kairos.testkit;

import java.util.Map;
import java.util.stream.Collectors;

import kafka.server.BrokerServer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * Real KRaft brokers in this JVM, built with Kafka's own {@link KafkaClusterTestKit}.
 *
 * <p>One broker runs combined with its controller; several brokers (ids {@code 0..n-1}) share one
 * dedicated controller, so stopping a broker never touches the metadata quorum. The cluster
 * bootstraps at the latest production metadata version with production feature levels. A stopped
 * broker keeps its log directory and is started again on the same port.
 */
final class InJvmKraftBackend implements ClusterBackend {

    private static final String BOOTSTRAP_SOURCE = "kairos-testkit";

    private final KafkaClusterTestKit cluster;
    private final int brokerCount;

    private InJvmKraftBackend(KafkaClusterTestKit cluster, int brokerCount) {
        this.cluster = cluster;
        this.brokerCount = brokerCount;
    }

    /** Builds, formats and starts the cluster, returning once every broker is registered and unfenced. */
    static InJvmKraftBackend start(int brokerCount) {
        KafkaClusterTestKit cluster = build(brokerCount);
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new InJvmKraftBackend(cluster, brokerCount);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeAfterFailedStart(cluster, e);
            throw new IllegalStateException("Interrupted while starting the in-JVM Kafka cluster", e);
        } catch (Exception e) {
            closeAfterFailedStart(cluster, e);
            throw new IllegalStateException("Could not start an in-JVM Kafka cluster of " + brokerCount + " brokers", e);
        }
    }

    private static KafkaClusterTestKit build(int brokerCount) {
        TestKitNodes nodes = new TestKitNodes.Builder(productionBootstrapMetadata())
                .setCombined(brokerCount == 1)
                .setNumControllerNodes(1)
                .setNumBrokerNodes(brokerCount)
                .build();
        KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
        TestBrokerSettings.forBrokers(brokerCount).forEach(builder::setConfigProp);
        try {
            return builder.build();
        } catch (Exception e) {
            throw new IllegalStateException("Could not build an in-JVM Kafka cluster of " + brokerCount + " brokers", e);
        }
    }

    private static BootstrapMetadata productionBootstrapMetadata() {
        MetadataVersion version = MetadataVersion.latestProduction();
        Map<String, Short> featureLevels = Feature.PRODUCTION_FEATURES.stream()
                .collect(Collectors.toMap(Feature::featureName, feature -> feature.defaultLevel(version)));
        return BootstrapMetadata.fromVersions(version, featureLevels, BOOTSTRAP_SOURCE);
    }

    private static void closeAfterFailedStart(KafkaClusterTestKit cluster, Exception cause) {
        try {
            cluster.close();
        } catch (Exception closeFailure) {
            cause.addSuppressed(closeFailure);
        }
    }

    @Override
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public int brokerCount() {
        return brokerCount;
    }

    @Override
    public void stopBroker(int brokerId) {
        BrokerServer broker = broker(brokerId);
        broker.shutdown();
        broker.awaitShutdown();
    }

    @Override
    public void startBroker(int brokerId) {
        broker(brokerId).startup();
    }

    private BrokerServer broker(int brokerId) {
        BrokerServer broker = cluster.brokers().get(brokerId);
        if (broker == null) {
            throw new IllegalArgumentException("No broker " + brokerId + "; broker ids are " + cluster.brokers().keySet());
        }
        return broker;
    }

    @Override
    public String description() {
        return "in-JVM KRaft, " + brokerCount + (brokerCount == 1 ? " broker" : " brokers")
                + ", metadata version " + MetadataVersion.latestProduction();
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("The in-JVM Kafka cluster did not shut down cleanly", e);
        }
    }
}
