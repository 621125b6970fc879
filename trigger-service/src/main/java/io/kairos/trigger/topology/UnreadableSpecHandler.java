package io.kairos.trigger.topology;

import io.kairos.model.serde.UnreadableRecord;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record of {@code kairos.pipelines} whose key or spec cannot be read goes to
 * {@code kairos.dead-letter}, in the same transaction, and the trigger carries on with the next record.
 */
public final class UnreadableSpecHandler implements DeserializationExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UnreadableSpecHandler.class);

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        UnreadableRecord unreadable = DeadLetters.describe(context, exception);
        log.warn("{}; sent to the dead-letter topic, continuing", unreadable);
        return Response.resume(List.of(DeadLetters.copyOf(unreadable, record.key(), record.value())));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure
    }
}
