package io.kairos.worker.report;

import io.kairos.model.serde.UnreadableRecord;
import io.kairos.model.topic.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Sends records this worker cannot read to {@code kairos.dead-letter}, with where they came from and why. */
public final class DeadLetters {

    public static final String SERVICE = "executor";

    private final Outbox outbox;
    private final ExecutorMetrics metrics;

    public DeadLetters(Outbox outbox, ExecutorMetrics metrics) {
        this.outbox = outbox;
        this.metrics = metrics;
    }

    /** Sends the copy; {@code onAcknowledged} runs once the broker has it. */
    public void send(ConsumerRecord<byte[], byte[]> record, String reason, Runnable onAcknowledged) {
        metrics.error("unreadable-record");
        metrics.deadLettered();
        UnreadableRecord unreadable = new UnreadableRecord(record.topic(), record.partition(), record.offset(), reason);
        outbox.put(OutgoingRecord.mustSend(
                unreadable.toDeadLetter(Topics.DEAD_LETTER.name(), record.key(), record.value(), SERVICE), onAcknowledged));
    }
}
