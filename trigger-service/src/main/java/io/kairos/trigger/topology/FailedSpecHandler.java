package io.kairos.trigger.topology;

import io.kairos.model.serde.UnreadableRecord;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fault the rules did not foresee while applying a spec: the spec goes to {@code kairos.dead-letter}
 * with the reason, and the trigger carries on with the next record. A fault in a punctuation has no
 * source record; it is logged and the punctuation is tried again at its next interval.
 */
public final class FailedSpecHandler implements ProcessingExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(FailedSpecHandler.class);

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (context.sourceRawKey() == null && context.sourceRawValue() == null) {
            log.error("Processor {} of task {} failed without a source record; continuing with the next punctuation",
                    context.processorNodeId(), context.taskId(), exception);
            return Response.resume();
        }
        UnreadableRecord failed = DeadLetters.describe(context, exception);
        log.error("{} (processor {}); sent to the dead-letter topic, continuing", failed, context.processorNodeId(), exception);
        return Response.resume(List.of(DeadLetters.copyOf(failed, context.sourceRawKey(), context.sourceRawValue())));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure
    }
}
