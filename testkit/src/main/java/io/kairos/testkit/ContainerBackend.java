package io.kairos.testkit;

import java.util.Locale;

import org.apache.kafka.common.utils.AppInfoParser;
import org.opentest4j.TestAbortedException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** One Kafka broker in a Docker container, started with the same test settings as the in-JVM brokers. */
final class ContainerBackend implements ClusterBackend {

    /** The broker image of the same Kafka release as the clients on the classpath. */
    static final DockerImageName IMAGE = DockerImageName.parse("apache/kafka:" + AppInfoParser.getVersion());

    private final KafkaContainer container;

    private ContainerBackend(KafkaContainer container) {
        this.container = container;
    }

    /** Whether a Docker engine answers; Testcontainers caches the answer for the JVM. */
    static boolean isDockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /** Starts a single-broker container and returns once it accepts clients. */
    static ContainerBackend start() {
        KafkaContainer container = new KafkaContainer(IMAGE);
        TestBrokerSettings.forBrokers(1).forEach((name, value) -> container.withEnv(environmentName(name), value));
        container.start();
        return new ContainerBackend(container);
    }

    /** The apache/kafka image reads broker settings from {@code KAFKA_}-prefixed upper-case variables. */
    static String environmentName(String brokerSetting) {
        return "KAFKA_" + brokerSetting.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public int brokerCount() {
        return 1;
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
        return new TestAbortedException(operation + " needs the in-JVM cluster, but this run uses a Kafka container");
    }

    @Override
    public String description() {
        return "Testcontainers " + IMAGE + ", 1 broker";
    }

    @Override
    public void close() {
        container.stop();
    }
}
