package io.kairos.worker.intake;

import io.kairos.model.id.WorkerId;
import io.kairos.model.topic.Topic;
import io.kairos.model.topic.Topics;
import io.kairos.model.worker.WorkerOrder;
import io.kairos.worker.report.DeadLetters;
import io.kairos.worker.report.ExecutorMetrics;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code kairos.worker-control} from its end, without a group, on its own thread, and carries
 * out the orders keyed by this worker's id.
 */
final class OrderListener implements Runnable {

    private static final Topic<WorkerId, WorkerOrder> TOPIC = Topics.WORKER_CONTROL;
    private static final Logger log = LoggerFactory.getLogger(OrderListener.class);

    private final WorkerId self;
    private final byte[] selfKey;
    private final Consumer<byte[], byte[]> consumer;
    private final OrderHandler handler;
    private final DeadLetters deadLetters;
    private final ExecutorMetrics metrics;
    private final Duration pollTimeout;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile boolean isAtEnd;

    OrderListener(WorkerId self, Consumer<byte[], byte[]> consumer, OrderHandler handler, DeadLetters deadLetters,
                  ExecutorMetrics metrics, Duration pollTimeout) {
        this.self = self;
        this.selfKey = TOPIC.keySerde().serializer().serialize(TOPIC.name(), self);
        this.consumer = consumer;
        this.handler = handler;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.pollTimeout = pollTimeout;
    }

    @Override
    public void run() {
        try {
            seekToEnd();
            while (running) {
                consumer.poll(pollTimeout).forEach(this::handle);
            }
        } catch (Exception e) {
            metrics.error("orders");
            log.error("Order listener of worker {} failed; cancel, fence and drain orders are no longer carried out", self, e);
        } finally {
            consumer.close();
            stopped.countDown();
        }
    }

    boolean isAtEnd() {
        return isAtEnd;
    }

    void stop(Duration timeout) throws InterruptedException {
        running = false;
        stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void seekToEnd() {
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        isAtEnd = true;
        log.info("Listening for orders to worker {} on {} partitions of {}", self, partitions.size(), TOPIC.name());
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        if (!Arrays.equals(selfKey, record.key())) {
            return;
        }
        try {
            WorkerOrder order = TOPIC.valueSerde().deserializer().deserialize(record.topic(), record.value());
            if (order != null) {
                handler.handle(order);
            }
        } catch (SerializationException e) {
            log.warn("Unreadable order at {}-{} offset {}: {}; sent to the dead-letter topic", record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            deadLetters.send(record, e.getMessage(), null);
        }
    }
}
