package io.kairos.testkit;

/**
 * One way of giving tests a running Kafka cluster: an existing one, a container, or brokers in this JVM.
 * Backends that cannot stop and start single brokers say so by throwing
 * {@link org.opentest4j.TestAbortedException}, which JUnit reports as an aborted test with the reason.
 */
interface ClusterBackend extends AutoCloseable {

    /** Comma-separated {@code host:port} list for {@code bootstrap.servers}. */
    String bootstrapServers();

    /** How many brokers serve clients when every broker is up. */
    int brokerCount();

    /** Stops one broker, keeping its log data. */
    void stopBroker(int brokerId);

    /** Starts a broker stopped by {@link #stopBroker(int)} again on the same port and data. */
    void startBroker(int brokerId);

    /** A short human description for logs, e.g. {@code in-JVM KRaft, 3 brokers}. */
    String description();

    @Override
    void close();
}
