package io.kairos.model.serde;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * A record that could not be read, located by topic, partition and offset with the reason: what an
 * operator needs to find it, and what goes into the headers of its copy in {@code kairos.dead-letter}.
 */
public record UnreadableRecord(String topic, int partition, long offset, String reason) {

    public static final String HEADER_REASON = "kairos.dlt.reason";
    public static final String HEADER_TOPIC = "kairos.dlt.topic";
    public static final String HEADER_PARTITION = "kairos.dlt.partition";
    public static final String HEADER_OFFSET = "kairos.dlt.offset";
    public static final String HEADER_SERVICE = "kairos.dlt.service";

    public UnreadableRecord {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(reason, "reason");
    }

    /** From the consumer's exception, which knows where the record is. */
    public static UnreadableRecord from(RecordDeserializationException e) {
        return new UnreadableRecord(e.topicPartition().topic(), e.topicPartition().partition(), e.offset(), reasonOf(e));
    }

    private static String reasonOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableRecordException unreadable) {
                return unreadable.reason();
            }
        }
        return e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
    }

    /** The dead-letter copy of the record: its original key and value, where it came from and why. */
    public ProducerRecord<byte[], byte[]> toDeadLetter(String deadLetterTopic, byte[] key, byte[] value, String service) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(HEADER_REASON, bytes(reason));
        headers.add(HEADER_TOPIC, bytes(topic));
        headers.add(HEADER_PARTITION, bytes(Integer.toString(partition)));
        headers.add(HEADER_OFFSET, bytes(Long.toString(offset)));
        headers.add(HEADER_SERVICE, bytes(service));
        return new ProducerRecord<>(deadLetterTopic, null, key, value, headers);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "unreadable record at " + topic + " partition " + partition + " offset " + offset + ": " + reason;
    }
}
