package io.kairos.trigger.topology;

import io.kairos.model.serde.UnreadableRecord;
import io.kairos.model.serde.UnreadableRecordException;
import io.kairos.model.topic.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/** The dead-letter copy of a record the trigger could not read or process, with the reason in headers. */
final class DeadLetters {

    static final String SERVICE = "trigger";

    private DeadLetters() {
    }

    static UnreadableRecord describe(ErrorHandlerContext context, Exception exception) {
        return new UnreadableRecord(context.topic(), context.partition(), context.offset(), reasonOf(exception));
    }

    static ProducerRecord<byte[], byte[]> copyOf(UnreadableRecord unreadable, byte[] key, byte[] value) {
        return unreadable.toDeadLetter(Topics.DEAD_LETTER.name(), key, value, SERVICE);
    }

    /** The innermost Kairos reason if there is one, else the exception's own message. */
    private static String reasonOf(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableRecordException unreadable) {
                return unreadable.reason();
            }
        }
        return exception.getClass().getSimpleName() + ": " + exception.getMessage();
    }
}
