package io.kairos.worker.intake;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The executor's Kafka clients: our defaults, then the operator's settings, then what the guarantees
 * need (manual commits, idempotent {@code acks=all} producers retrying for as long as the broker is away,
 * and a transactional one per queue for the claims, see {@link Claims}).
 */
final class ExecutorClients {

    /**
     * How long the group waits for a silent executor before giving its lane partitions to the others.
     * Kafka's 45 s default would hold a dead worker's partitions, and the runs the ledger recovers onto
     * them, well past a pipeline's default {@code staleAfter} (30 s); the poll loop never waits on a run,
     * so a live executor always heartbeats in time.
     */
    static final String DEFAULT_SESSION_TIMEOUT_MS = "10000";
    static final String DEFAULT_HEARTBEAT_INTERVAL_MS = "3000";
    /**
     * How long the broker holds a lane fetch that finds nothing. A dispatch becomes readable when the
     * ledger's transaction commits, and a fetch already waiting at the broker does not always return
     * then: with Kafka's 500 ms it waited out most of its time (the executor stage of the latency
     * benchmark: p50 137 ms, 57 ms at 50 ms). An idle executor fetches 20 times a second per broker.
     */
    static final String DEFAULT_FETCH_MAX_WAIT_MS = "50";
    /**
     * How long a claim's transaction may stay open before the broker aborts it. A worker frozen in the
     * middle of a claim holds its lane offsets pending for this long, and the member that takes the
     * partition over waits that out before it reads them (Kafka's default is 60 s).
     */
    static final String DEFAULT_CLAIM_TRANSACTION_TIMEOUT_MS = "10000";

    private final WorkerExecutorConfig config;

    ExecutorClients(WorkerExecutorConfig config) {
        this.config = config;
    }

    KafkaConsumer<byte[], byte[]> laneConsumer(String queue) {
        return new KafkaConsumer<>(laneConsumerProperties(queue), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** The lane consumers' group session, as configured. */
    Duration laneSessionTimeout(String queue) {
        return Duration.ofMillis(Long.parseLong(laneConsumerProperties(queue)
                .getProperty(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG)));
    }

    Properties laneConsumerProperties(String queue) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(config.slots()));
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, DEFAULT_SESSION_TIMEOUT_MS);
        properties.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, DEFAULT_HEARTBEAT_INTERVAL_MS);
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, DEFAULT_FETCH_MAX_WAIT_MS);
        properties.putAll(config.kafka());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, LaneIntake.GROUP_PREFIX + queue);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, config.workerId() + "-" + queue);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return properties;
    }

    KafkaConsumer<byte[], byte[]> orderConsumer() {
        Properties properties = new Properties();
        properties.putAll(config.kafka());
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, config.workerId() + "-orders");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** The transactional producer of {@code queue}'s claims: one transactional id per worker and queue. */
    KafkaProducer<byte[], byte[]> claimsProducer(String queue) {
        return new KafkaProducer<>(claimsProducerProperties(queue), new ByteArraySerializer(), new ByteArraySerializer());
    }

    Properties claimsProducerProperties(String queue) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, DEFAULT_CLAIM_TRANSACTION_TIMEOUT_MS);
        properties.putAll(producerProperties());
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, config.workerId() + "-" + queue + "-claims");
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, claimsTransactionalId(queue));
        return properties;
    }

    String claimsTransactionalId(String queue) {
        return LaneIntake.GROUP_PREFIX + queue + "-" + config.workerId();
    }

    KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(producerProperties(), new ByteArraySerializer(), new ByteArraySerializer());
    }

    private Properties producerProperties() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        properties.putAll(config.kafka());
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, config.workerId() + "-events");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.RETRIES_CONFIG, Integer.toString(Integer.MAX_VALUE));
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(Integer.MAX_VALUE));
        return properties;
    }
}
