package io.kairos.model.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A record whose bytes are not a value of the topic's type. The message names the topic and the
 * reason; the consumer adds partition and offset ({@code RecordDeserializationException}), and the
 * services send such records to {@code kairos.dead-letter}.
 */
public final class UnreadableRecordException extends SerializationException {

    private final String topic;
    private final String reason;

    public UnreadableRecordException(String topic, String reason, Throwable cause) {
        super("unreadable record on topic " + topic + ": " + reason, cause);
        this.topic = topic;
        this.reason = reason;
    }

    public String topic() {
        return topic;
    }

    /** Why it could not be read, without the topic: for dead-letter headers. */
    public String reason() {
        return reason;
    }
}
