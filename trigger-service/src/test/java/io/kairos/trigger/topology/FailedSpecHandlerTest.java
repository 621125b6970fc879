package io.kairos.trigger.topology;

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

class FailedSpecHandlerTest {

    private final FailedSpecHandler handler = new FailedSpecHandler();

    @Test
    void aPunctuationFaultWithoutSourceRecordResumesWithoutADeadLetter() {
        ErrorHandlerContext punctuation = context(null, -1, -1, null, null);

        Response response = handler.handleError(punctuation, null,
                new TopicAuthorizationException("Not authorized to access topics: [kairos.run-requests]"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void aFaultWhileApplyingASpecSendsItToTheDeadLetterTopicAndResumes() {
        byte[] key = "acme/report".getBytes(StandardCharsets.UTF_8);
        ErrorHandlerContext spec = context(Topics.PIPELINES.name(), 3, 42, key, "{}".getBytes(StandardCharsets.UTF_8));

        Response response = handler.handleError(spec, null, new IllegalStateException("broken rule"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).singleElement()
                .satisfies(record -> assertThat(record.topic()).isEqualTo(Topics.DEAD_LETTER.name()))
                .satisfies(record -> assertThat(record.key()).isEqualTo(key));
    }

    private static ErrorHandlerContext context(String topic, int partition, long offset, byte[] key, byte[] value) {
        return new DefaultErrorHandlerContext(null, topic, partition, offset, new RecordHeaders(), "trigger-scheduler",
                new TaskId(0, 2), 0L, key, value);
    }
}
