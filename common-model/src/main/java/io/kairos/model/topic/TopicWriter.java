package io.kairos.model.topic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes records of the catalogue's topics with an idempotent producer ({@code acks=all}), each send
 * acknowledged before it returns, so an operator's change is durable when the command says so.
 * A failure is an {@link IllegalStateException} that says which topic could not be written.
 */
public final class TopicWriter implements AutoCloseable {

    public static final Duration DEFAULT_SEND_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaProducer<byte[], byte[]> producer;
    private final Duration sendTimeout;

    public TopicWriter(Properties clientProperties, Duration sendTimeout) {
        Properties properties = new Properties();
        properties.putAll(clientProperties);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(sendTimeout.toMillis()));
        properties.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(Math.min(15_000, sendTimeout.toMillis() / 2)));
        properties.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(sendTimeout.toMillis()));
        this.producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
        this.sendTimeout = sendTimeout;
    }

    /** Writes one record ({@code value} null for a tombstone) and waits for its acknowledgement. */
    public <K, V> RecordMetadata send(Topic<K, V> topic, K key, V value) {
        byte[] keyBytes = topic.keySerde().serializer().serialize(topic.name(), key);
        byte[] valueBytes = value == null ? null : topic.valueSerde().serializer().serialize(topic.name(), value);
        return await(topic, producer.send(new ProducerRecord<>(topic.name(), keyBytes, valueBytes)));
    }

    /** Writes every record (in order, keys to values) and waits until all are acknowledged. */
    public <K, V> void sendAll(Topic<K, V> topic, List<Map.Entry<K, V>> records) {
        List<Future<RecordMetadata>> pending = new ArrayList<>();
        for (Map.Entry<K, V> record : records) {
            byte[] key = topic.keySerde().serializer().serialize(topic.name(), record.getKey());
            byte[] value = topic.valueSerde().serializer().serialize(topic.name(), record.getValue());
            pending.add(producer.send(new ProducerRecord<>(topic.name(), key, value)));
        }
        for (Future<RecordMetadata> sent : pending) {
            await(topic, sent);
        }
    }

    private RecordMetadata await(Topic<?, ?> topic, Future<RecordMetadata> sent) {
        try {
            return sent.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to " + topic.name(), e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("cannot write to " + topic.name() + ": " + cause.getMessage(), cause);
        }
    }

    @Override
    public void close() {
        producer.close(sendTimeout);
    }
}
