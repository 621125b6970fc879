package io.kairos.worker.pipelines;

import io.kairos.model.topic.Topic;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live, in-memory view of a compacted topic: one thread reads every partition from the beginning
 * and keeps the latest value of each key (tombstones remove it; unreadable records are skipped and
 * logged). {@link #isCaughtUp()} once it has read to the end it found at start. A value written by
 * this process can be {@link #remember}ed at once, so its own reads follow its writes.
 */
public final class CompactedTopicView<K, V> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CompactedTopicView.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final Topic<K, V> topic;
    private final Properties clientProperties;
    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Long> startEnds = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;
    private volatile boolean running = true;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    public CompactedTopicView(Topic<K, V> topic, Properties clientProperties) {
        this.topic = topic;
        this.clientProperties = clientProperties;
    }

    public synchronized void start() {
        thread = new Thread(this::runUntilClosed, "kairos-view-" + topic.name());
        thread.setDaemon(true);
        thread.start();
    }

    public boolean isCaughtUp() {
        return caughtUp;
    }

    /** The current values, by key. */
    public Map<K, V> values() {
        return Map.copyOf(values);
    }

    /** The current values in the order of their keys' text. */
    public List<V> sorted() {
        return values.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(Object::toString)))
                .map(Map.Entry::getValue).toList();
    }

    public Optional<V> get(K key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Records a value this process wrote (null for a tombstone) before it comes back from the topic. */
    public void remember(K key, V value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
    }

    private void runUntilClosed() {
        while (running) {
            try (KafkaConsumer<byte[], byte[]> opened = new KafkaConsumer<>(consumerProperties(),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                consumer = opened;
                follow(opened);
            } catch (WakeupException e) {
                log.debug("View of {} woken up to stop", topic.name());
            } catch (Exception e) {
                log.warn("View of {} failed; reading it again from the beginning in {}", topic.name(), RETRY, e);
                pause();
            }
        }
    }

    private void follow(KafkaConsumer<byte[], byte[]> opened) {
        List<TopicPartition> partitions = opened.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        opened.assign(partitions);
        opened.seekToBeginning(partitions);
        startEnds.putAll(opened.endOffsets(partitions));
        while (running) {
            for (ConsumerRecord<byte[], byte[]> record : opened.poll(POLL)) {
                apply(record);
            }
            if (!caughtUp && startEnds.entrySet().stream().allMatch(e -> opened.position(e.getKey()) >= e.getValue())) {
                caughtUp = true;
                log.info("View of {} caught up: {} keys", topic.name(), values.size());
            }
        }
    }

    private void apply(ConsumerRecord<byte[], byte[]> record) {
        try {
            K key = topic.keySerde().deserializer().deserialize(topic.name(), record.key());
            V value = record.value() == null ? null : topic.valueSerde().deserializer().deserialize(topic.name(), record.value());
            remember(key, value);
        } catch (SerializationException | IllegalArgumentException e) {
            log.warn("Skipping unreadable record {}-{}@{} of {}: {}", record.topic(), record.partition(), record.offset(),
                    topic.name(), e.getMessage());
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private Properties consumerProperties() {
        Properties properties = new Properties();
        properties.putAll(clientProperties);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return properties;
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
