package io.kairos.worker.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.topic.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler.Response;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler.Result;
import org.apache.kafka.streams.errors.internals.DefaultErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class LedgerProcessingExceptionHandlerTest {

    private final LedgerProcessingExceptionHandler handler = new LedgerProcessingExceptionHandler();

    @Test
    void aPunctuationFaultWithoutSourceRecordFailsTheThreadWithoutADeadLetter() {
        ErrorHandlerContext punctuation = context(null, null);

        Response response = handler.handleError(punctuation, null,
                new TopicAuthorizationException("Not authorized to access topics: [kairos.runs.default.normal]"));

        assertThat(response.result()).isEqualTo(Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void aRecordThatFailsGoesToTheDeadLetterTopicAndTheLedgerResumes() {
        byte[] key = "acme/report".getBytes(StandardCharsets.UTF_8);

        Response response = handler.handleError(context(Topics.RUN_EVENTS.name(), key), null,
                new IllegalStateException("broken rule"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).singleElement()
                .satisfies(record -> assertThat(record.topic()).isEqualTo(Topics.DEAD_LETTER.name()));
    }

    private static ErrorHandlerContext context(String topic, byte[] key) {
        return new DefaultErrorHandlerContext(null, topic, topic == null ? -1 : 1, topic == null ? -1 : 7,
                new RecordHeaders(), "ledger-sweeper", new TaskId(0, 1), 0L, key, key);
    }
}
