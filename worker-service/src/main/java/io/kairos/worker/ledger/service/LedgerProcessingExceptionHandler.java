package io.kairos.worker.ledger.service;

import io.kairos.worker.ledger.topology.DeadLetters;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record the ledger could not process goes to the dead-letter topic with the reason, and the
 * partition keeps flowing: one bad record must not stop every run of its partition. A fault in a
 * punctuation has no record to dead-letter: it fails the stream thread, whose replacement redoes the
 * work from the last commit, so a half-done sweep is never committed.
 */
public final class LedgerProcessingExceptionHandler implements ProcessingExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(LedgerProcessingExceptionHandler.class);

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (context.topic() == null) {
            log.error("Processor {} of task {} failed without a source record (a punctuation); the stream thread "
                    + "stops and is replaced, its tasks resuming from their last commit", context.processorNodeId(),
                    context.taskId(), exception);
            return Response.fail();
        }
        log.error("Record at {}-{} offset {} failed in {}; it goes to the dead-letter topic and the ledger continues",
                context.topic(), context.partition(), context.offset(), context.processorNodeId(), exception);
        return Response.resume(List.of(DeadLetters.unreadable(context.topic(), context.partition(), context.offset(),
                "processing failed: " + exception, context.sourceRawKey(), context.sourceRawValue())));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure
    }
}
