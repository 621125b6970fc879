package io.kairos.worker.report;

import io.kairos.model.serde.UnreadableRecord;
import io.kairos.model.topic.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

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
        outbox.put(OutgoingRecord.mustSend(letter(record, reason), onAcknowledged));
        counted();
    }

    /** The copy of {@code record} for the dead-letter topic, for a caller that writes it itself (then {@link #counted()}). */
    public ProducerRecord<byte[], byte[]> letter(ConsumerRecord<byte[], byte[]> record, String reason) {
        UnreadableRecord unreadable = new UnreadableRecord(record.topic(), record.partition(), record.offset(), reason);
        return unreadable.toDeadLetter(Topics.DEAD_LETTER.name(), record.key(), record.value(), SERVICE);
    }

    /** Counts one record dead-lettered. */
    public void counted() {
        metrics.error("unreadable-record");
        metrics.deadLettered();
    }
}
