package io.kairos.benchmarks.observe;

import java.time.Duration;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Sends records at a fixed rate, optionally in transactions committed every {@code commitInterval}. */
final class HopSender {

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;
    private final byte[] value;
    private final int rate;
    private final Duration commitInterval;

    HopSender(KafkaProducer<byte[], byte[]> producer, String topic, int recordBytes, int rate, Duration commitInterval) {
        this.producer = producer;
        this.topic = topic;
        this.value = new byte[recordBytes];
        this.rate = rate;
        this.commitInterval = commitInterval;
    }

    void run(Duration duration) {
        long start = System.nanoTime();
        long total = duration.toMillis() * rate / 1000;
        long lastCommit = start;
        boolean open = begin();
        for (long sent = 0; sent < total; ) {
            long due = Math.min(total, (System.nanoTime() - start) * rate / 1_000_000_000L + 1);
            for (; sent < due; sent++) {
                producer.send(new ProducerRecord<>(topic, Long.toString(sent).getBytes(), value));
            }
            if (open && System.nanoTime() - lastCommit >= commitInterval.toNanos()) {
                producer.commitTransaction();
                lastCommit = System.nanoTime();
                begin();
            }
            pause();
        }
        if (open) {
            producer.commitTransaction();
        }
        producer.flush();
    }

    private boolean begin() {
        if (commitInterval == null) {
            return false;
        }
        producer.beginTransaction();
        return true;
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
