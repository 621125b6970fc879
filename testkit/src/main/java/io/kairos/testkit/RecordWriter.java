package io.kairos.testkit;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Writes raw records synchronously through one shared idempotent producer with {@code acks=all}. */
final class RecordWriter implements AutoCloseable {

    static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> clientProperties;
    private KafkaProducer<byte[], byte[]> producer;

    RecordWriter(Map<String, Object> clientProperties) {
        this.clientProperties = clientProperties;
    }

    RecordMetadata send(ProducerRecord<byte[], byte[]> record) {
        try {
            return producer().send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing to " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not write a record to " + record.topic(), e);
        }
    }

    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerProperties(), new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private Map<String, Object> producerProperties() {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return properties;
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
