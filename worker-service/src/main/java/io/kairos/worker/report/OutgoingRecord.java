package io.kairos.worker.report;

import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A record waiting in the {@link Outbox}, already serialized; {@code onAcknowledged} runs once the
 * broker has acknowledged it. A droppable record (a heartbeat, a status) is worth sending only while
 * it is fresh, so the outbox refuses it when it is filling up.
 */
public record OutgoingRecord(ProducerRecord<byte[], byte[]> record, Runnable onAcknowledged, boolean isDroppable) {

    private static final Runnable NOTHING = () -> { };

    public OutgoingRecord {
        Objects.requireNonNull(record, "record");
        onAcknowledged = onAcknowledged == null ? NOTHING : onAcknowledged;
    }

    public static OutgoingRecord mustSend(ProducerRecord<byte[], byte[]> record, Runnable onAcknowledged) {
        return new OutgoingRecord(record, onAcknowledged, false);
    }

    public static OutgoingRecord droppable(ProducerRecord<byte[], byte[]> record) {
        return new OutgoingRecord(record, null, true);
    }
}
