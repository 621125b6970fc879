package io.kairos.worker.report;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that hands the outbox's records to the producer, in order. The producer is
 * idempotent with {@code acks=all} and retries for as long as it takes, so a record handed over is
 * written exactly once and in order even across broker outages.
 */
public final class OutboxSender implements Runnable {

    public static final Duration RETRY_BACKOFF = Duration.ofMillis(500);
    private static final long POLL_MILLIS = 100;
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final Producer<byte[], byte[]> producer;
    private final ExecutorMetrics metrics;
    private volatile boolean stopping;

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
                if (next != null) {
                    sendUntilAccepted(next);
                }
            }
        } catch (InterruptedException e) {
            log.warn("Outbox sender interrupted with {} records unsent; stopping", outbox.size());
            Thread.currentThread().interrupt();
        }
    }

    /** Sends what is left, then stops; the caller closes the producer after joining the thread. */
    public void stopAfterSendingAll() {
        stopping = true;
    }

    private void sendUntilAccepted(OutgoingRecord next) throws InterruptedException {
        while (true) {
            try {
                producer.send(next.record(), callbackFor(next));
                return;
            } catch (KafkaException e) {
                log.warn("Cannot hand a record for {} to the producer ({}); will retry in {}",
                        next.record().topic(), e.getMessage(), RETRY_BACKOFF);
                Thread.sleep(RETRY_BACKOFF.toMillis());
            }
        }
    }

    private Callback callbackFor(OutgoingRecord next) {
        return (metadata, exception) -> {
            if (exception == null) {
                next.onAcknowledged().run();
            } else {
                metrics.error("send");
                log.error("A record for {} was refused by the broker and is lost: {}", next.record().topic(),
                        exception.toString());
            }
        };
    }
}
