package io.kairos.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka cluster for the tests of one class, as a JUnit 5 extension.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();
 * }</pre>
 *
 * <p>The field must be static: the cluster starts before the first test of the class and stops after
 * the last. Nested test classes share their enclosing class's cluster. Where it runs, in order: the
 * existing cluster named by the environment variable {@code KAIROS_TEST_BOOTSTRAP} (brokers cannot be
 * stopped there, and tests that try, or that want more brokers than it has, are reported as aborted
 * with the reason); a Kafka container when a
 * Docker engine answers and one broker is wanted; otherwise real KRaft brokers in this JVM, with ids
 * {@code 0..n-1}, at the latest production metadata version and with settings that keep tests fast
 * (no initial rebalance delay, short group session timeouts, no automatic topic creation).
 *
 * <p>Kafka logs a lot at INFO; the testkit's {@code logback-test.xml}, on the test classpath of every
 * module that uses it, keeps Kafka at WARN.
 */
public final class KafkaTestCluster implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    /** How long {@link #consumeAll(String)} waits for the records by default. */
    public static final Duration DEFAULT_CONSUME_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(KafkaTestCluster.class);

    private final int requestedBrokers;
    private volatile ClusterBackend backend;
    private volatile String ownerContextId;
    private volatile Admin admin;
    private volatile RecordWriter writer;
    private volatile String currentTestName = "setup";

    private KafkaTestCluster(int requestedBrokers) {
        if (requestedBrokers < 1) {
            throw new IllegalArgumentException("A cluster needs at least one broker, not " + requestedBrokers);
        }
        this.requestedBrokers = requestedBrokers;
    }

    /** A cluster of one broker. */
    public static KafkaTestCluster singleBroker() {
        return new KafkaTestCluster(1);
    }

    /** A cluster of {@code count} brokers; more than one always runs in this JVM unless an existing cluster is set. */
    public static KafkaTestCluster brokers(int count) {
        return new KafkaTestCluster(count);
    }

    /**
     * The cluster at {@code bootstrapServers}, which the caller runs (e.g. brokers in processes of
     * their own): connected at once, used without the JUnit extension, and let go by {@link #disconnect()}.
     */
    public static KafkaTestCluster connectedTo(String bootstrapServers, String source) {
        KafkaTestCluster cluster = new KafkaTestCluster(1);
        cluster.backend = ExistingClusterBackend.connect(bootstrapServers, source);
        cluster.admin = Admin.create(cluster.clientProperties());
        cluster.writer = new RecordWriter(cluster.clientProperties());
        log.info("Kafka: {} at {}", cluster.backend.description(), bootstrapServers);
        return cluster;
    }

    /** Closes the clients of a cluster from {@link #connectedTo}; the cluster itself keeps running. */
    public void disconnect() {
        if (backend != null) {
            stop();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (backend != null) {
            return;
        }
        long startedAt = System.nanoTime();
        backend = new BackendSelector(System.getenv()).start(requestedBrokers);
        ownerContextId = context.getUniqueId();
        admin = Admin.create(clientProperties());
        writer = new RecordWriter(clientProperties());
        log.info("Kafka for {}: {} at {}, ready in {} ms", context.getDisplayName(), backend.description(),
                backend.bootstrapServers(), Duration.ofNanos(System.nanoTime() - startedAt).toMillis());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        requireEnoughBrokers();
        currentTestName = context.getTestMethod().map(method -> method.getName()).orElse(context.getDisplayName());
    }

    private void requireEnoughBrokers() {
        ClusterBackend current = running();
        if (current.brokerCount() < requestedBrokers) {
            throw new TestAbortedException("This test needs " + requestedBrokers + " brokers but runs on the "
                    + current.description() + "; unset " + ExistingClusterBackend.BOOTSTRAP_ENV + " to run it in the JVM");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (backend != null && context.getUniqueId().equals(ownerContextId)) {
            stop();
        }
    }

    private void stop() {
        try {
            writer.close();
            admin.close(Duration.ofSeconds(5));
        } finally {
            backend.close();
            backend = null;
            log.info("Kafka test cluster stopped");
        }
    }

    /** Comma-separated {@code host:port} list for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return running().bootstrapServers();
    }

    /** A shared admin client, closed when the cluster stops; do not close it. */
    public Admin admin() {
        running();
        return admin;
    }

    /** Client properties that reach this cluster: {@code bootstrap.servers} and nothing else. */
    public Map<String, Object> clientProperties() {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    }

    /** A name no other test uses, for a topic or an application id: prefix, short test name, counter. */
    public String uniqueName(String prefix) {
        return UniqueNames.next(prefix, currentTestName);
    }

    /** Creates a topic with the broker's default replication and waits until every partition has a leader. */
    public void createTopic(String name, int partitions) {
        createTopic(name, partitions, Map.of());
    }

    /** Creates a topic with the given topic configs, replicated to every broker (at most 3). */
    public void createTopic(String name, int partitions, Map<String, String> configs) {
        short replicationFactor = (short) Math.min(3, brokerCount());
        createTopic(new NewTopic(name, partitions, replicationFactor).configs(configs));
    }

    /** Creates a topic exactly as described and waits until every partition has a leader. */
    public void createTopic(NewTopic topic) {
        new TopicCreator(admin()).create(topic);
    }

    /** How many brokers the cluster has when all are up. */
    public int brokerCount() {
        return running().brokerCount();
    }

    /** Shuts one broker down cleanly, keeping its data; in-JVM clusters only. */
    public void stopBroker(int brokerId) {
        running().stopBroker(brokerId);
        log.info("Stopped broker {}", brokerId);
    }

    /** Starts a broker stopped by {@link #stopBroker(int)} again, on the same port and data. */
    public void startBroker(int brokerId) {
        running().startBroker(brokerId);
        log.info("Started broker {}", brokerId);
    }

    /** Writes one record with {@code acks=all} and returns where it landed. */
    public RecordMetadata produce(ProducerRecord<byte[], byte[]> record) {
        running();
        return writer.send(record);
    }

    /** Writes one record whose key and value are UTF-8 strings; a null key stays null. */
    public RecordMetadata produce(String topic, String key, String value) {
        return produce(new ProducerRecord<>(topic, utf8(key), utf8(value)));
    }

    /** Every committed record of the topic, waiting at most {@link #DEFAULT_CONSUME_TIMEOUT}. */
    public List<ConsumerRecord<byte[], byte[]>> consumeAll(String topic) {
        return consumeAll(topic, DEFAULT_CONSUME_TIMEOUT, IsolationLevel.READ_COMMITTED);
    }

    /**
     * Every record of the topic from the beginning to the end offsets seen when reading starts, with
     * the given isolation; fails with an {@link AssertionError} if they cannot be read within the timeout.
     */
    public List<ConsumerRecord<byte[], byte[]>> consumeAll(String topic, Duration timeout, IsolationLevel isolation) {
        return new RecordReader(clientProperties()).readAll(topic, timeout, isolation);
    }

    private ClusterBackend running() {
        ClusterBackend current = backend;
        if (current == null) {
            throw new IllegalStateException("The Kafka test cluster is not running: register it with "
                    + "@RegisterExtension on a static field");
        }
        return current;
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
