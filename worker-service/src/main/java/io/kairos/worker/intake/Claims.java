package io.kairos.worker.intake;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims what one pass of an intake took, before any of it executes: the {@code RunStarted} of each
 * run, the dead letter of each unreadable record and the lane offsets past all of them go in one
 * transaction, whose offset commit carries the consumer's group generation. The group coordinator
 * refuses that commit once the group has moved the partitions on (the worker was frozen, cut off,
 * or its coordinator was away), so a worker that lost a partition starts nothing from it, and a run
 * whose claim committed is never delivered to another worker. A claim whose outcome is unknown (the
 * broker did not answer in time) is committed again until the broker says which. A missing ACL
 * (Write on the transactional id, Read on the group) is thrown: the intake fails and says so.
 */
final class Claims implements AutoCloseable {

    static final Duration RETRY_BACKOFF = Duration.ofMillis(200);
    private static final Logger log = LoggerFactory.getLogger(Claims.class);

    private final Supplier<Producer<byte[], byte[]>> producers;
    private Producer<byte[], byte[]> producer;

    /** {@code producers} makes a transactional producer, the same transactional id each time. */
    Claims(Supplier<Producer<byte[], byte[]>> producers) {
        this.producers = producers;
    }

    /**
     * Writes {@code records} and commits {@code offsets} for the group member {@code member}, all or
     * nothing; true once committed. False when the broker refused: nothing of it is visible.
     */
    boolean commit(List<ProducerRecord<byte[], byte[]>> records, Map<TopicPartition, OffsetAndMetadata> offsets,
                   ConsumerGroupMetadata member) {
        Producer<byte[], byte[]> transactional = producer();
        try {
            transactional.beginTransaction();
            records.forEach(transactional::send);
            transactional.sendOffsetsToTransaction(offsets, member);
        } catch (AuthorizationException e) {
            abort();
            throw e;
        } catch (KafkaException e) {
            log.warn("Claim of {} refused ({}); nothing of it starts", offsets.keySet(), e.toString());
            abort();
            return false;
        }
        return commitOrAbort(offsets);
    }

    private boolean commitOrAbort(Map<TopicPartition, OffsetAndMetadata> offsets) {
        while (true) {
            try {
                producer.commitTransaction();
                return true;
            } catch (TimeoutException e) {
                log.warn("Claim of {} not confirmed within the producer's max.block.ms; asking again", offsets.keySet());
            } catch (KafkaException e) {
                log.warn("Claim of {} refused at commit ({}); nothing of it starts", offsets.keySet(), e.toString());
                abort();
                return false;
            }
        }
    }

    /** Aborts the open transaction; a producer that cannot abort it is replaced, which fences and aborts it. */
    private void abort() {
        try {
            producer.abortTransaction();
        } catch (KafkaException e) {
            log.warn("Cannot abort the claim ({}); replacing the producer, which aborts it", e.toString());
            closeProducer();
        }
        pause(RETRY_BACKOFF);
    }

    private Producer<byte[], byte[]> producer() {
        while (producer == null) {
            Producer<byte[], byte[]> fresh = producers.get();
            try {
                fresh.initTransactions();
                producer = fresh;
            } catch (AuthorizationException e) {
                fresh.close(Duration.ZERO);
                throw e;
            } catch (KafkaException e) {
                log.warn("Cannot start the claims producer ({}); retrying in {}", e.toString(), RETRY_BACKOFF);
                fresh.close(Duration.ZERO);
                pause(RETRY_BACKOFF);
            }
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closeProducer();
    }
}
