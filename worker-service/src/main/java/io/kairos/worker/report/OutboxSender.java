package io.kairos.worker.report;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that hands the outbox's records to the producer, in order. The producer is
 * idempotent with {@code acks=all} and retries for as long as it takes, so a record handed over is
 * written exactly once and in order even across broker outages. Before it takes a record in, the
 * producer needs the topic's partitions; while the broker is away it waits for them up to
 * {@code max.block.ms} and then refuses the record through its callback, not by throwing. Such a
 * record was never handed over: the sender offers it again until the producer takes it, so the records
 * behind it keep their order. A droppable record refused so is dropped instead, as a fresher one
 * replaces it; and while the producer refuses, a droppable record with others behind it is dropped
 * without being offered, so that a heartbeat or status does not hold the line for {@code max.block.ms}.
 */
public final class OutboxSender implements Runnable {

    public static final Duration RETRY_BACKOFF = Duration.ofMillis(500);
    private static final long POLL_MILLIS = 100;
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final Producer<byte[], byte[]> producer;
    private final ExecutorMetrics metrics;
    private volatile boolean stopping;
    private boolean isRefusing;

    public OutboxSender(Outbox outbox, Producer<byte[], byte[]> producer, ExecutorMetrics metrics) {
        this.outbox = outbox;
        this.producer = producer;
        this.metrics = metrics;
    }

    @Override
    public void run() {
        try {
            while (!(stopping && outbox.isEmpty())) {
                OutgoingRecord next = outbox.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (next == null) {
                    continue;
                }
                if (isRefusing && next.isDroppable() && !outbox.isEmpty()) {
                    log.debug("A droppable record for {} dropped while the producer refuses records", next.record().topic());
                } else {
                    sendUntilAccepted(next);
                }
            }
        } catch (InterruptedException e) {
            log.warn("Outbox sender interrupted with {} records unsent; stopping", outbox.size());
            Thread.currentThread().interrupt();
        } catch (IllegalStateException e) {
            log.warn("Outbox sender stopped by the producer's close with {} more records unsent; the ledger finds "
                    + "their runs stale", outbox.size());
        }
    }

    /** Sends what is left, then stops; the caller closes the producer after joining the thread. */
    public void stopAfterSendingAll() {
        stopping = true;
    }

    private void sendUntilAccepted(OutgoingRecord next) throws InterruptedException {
        while (true) {
            Delivery delivery = new Delivery(next);
            try {
                producer.send(next.record(), delivery);
            } catch (KafkaException e) {
                delivery.refuse(e);
            }
            Exception refusal = delivery.handOver();
            isRefusing = refusal != null;
            if (refusal == null) {
                return;
            }
            if (next.isDroppable()) {
                log.debug("A droppable record for {} was not taken by the producer ({}); dropped",
                        next.record().topic(), refusal.toString());
                return;
            }
            metrics.error("send-retry");
            log.warn("The producer did not take a record for {} ({}); offering it again in {}",
                    next.record().topic(), refusal.getMessage(), RETRY_BACKOFF);
            Thread.sleep(RETRY_BACKOFF.toMillis());
        }
    }

    /**
     * The callback of one send. The producer calls it on the sending thread, before {@code send}
     * returns, when it refuses the record at the handover; it calls it on its own I/O thread with the
     * broker's answer to a record it took.
     */
    private final class Delivery implements Callback {

        private final OutgoingRecord record;
        private final Thread sender = Thread.currentThread();
        private volatile boolean isHandedOver;
        private Exception refusal;

        Delivery(OutgoingRecord record) {
            this.record = record;
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception exception) {
            if (!isHandedOver && Thread.currentThread() == sender && exception != null) {
                refuse(exception);
            } else if (exception == null) {
                record.onAcknowledged().run();
            } else {
                lost(exception);
            }
        }

        void refuse(Exception exception) {
            refusal = exception;
        }

        /**
         * Ends the handover: the refusal to offer the record again, or null when the producer took the
         * record or refused it for good (it is then counted lost).
         */
        Exception handOver() {
            isHandedOver = true;
            if (refusal != null && !isPassing(refusal)) {
                lost(refusal);
                return null;
            }
            return refusal;
        }

        /**
         * Whether a refusal may pass: a retriable one (no partitions within {@code max.block.ms}), or one
         * thrown rather than called back, which the producer does for its own state, not the record's.
         */
        private static boolean isPassing(Exception refusal) {
            return refusal instanceof RetriableException || !(refusal instanceof ApiException);
        }

        private void lost(Exception exception) {
            metrics.error("send");
            log.error("A record for {} was refused and is lost: {}", record.record().topic(),
                    exception.toString());
        }
    }
}
