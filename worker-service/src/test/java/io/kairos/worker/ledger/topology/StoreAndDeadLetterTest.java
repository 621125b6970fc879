package io.kairos.worker.ledger.topology;

import static io.kairos.model.run.RunState.COMPLETED;
import static io.kairos.model.run.RunState.DISPATCHED;
import static io.kairos.model.run.RunState.FAILED;
import static io.kairos.model.run.RunState.PROCESSING;
import static io.kairos.model.run.RunState.QUEUED;
import static io.kairos.worker.ledger.fixtures.LedgerDriver.WORKER;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.T0;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunRequest;
import io.kairos.model.serde.UnreadableRecord;
import io.kairos.model.topic.Topics;
import io.kairos.worker.ledger.fixtures.LedgerDriver;
import io.kairos.worker.ledger.rules.LedgerSettings;
import io.kairos.worker.ledger.store.StatusCounters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retention, the incrementally kept counters, and unreadable input. */
class StoreAndDeadLetterTest {

    private static final Duration RETENTION = Duration.ofHours(1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private final LedgerDriver ledger = new LedgerDriver(new LedgerSettings(Duration.ofSeconds(10), RETENTION, 1000), 0.5);

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void countersFollowEveryTransitionWithoutScanningRuns() {
        RunRequest first = aRequest().build();
        RunRequest second = aRequest().scheduledFor(T0.plusSeconds(60)).build();
        RunRequest other = aRequest().pipeline(PipelineId.of("acme", "other")).build();
        List.of(first, second, other).forEach(ledger::request);
        ledger.started(first.runId(), 1, WORKER);

        assertThat(ledger.counter(StatusCounters.state(PROCESSING))).isEqualTo(1);
        assertThat(ledger.counter(StatusCounters.state(QUEUED))).isEqualTo(1);
        assertThat(ledger.counter(StatusCounters.state(DISPATCHED))).isEqualTo(1);
        assertThat(ledger.counter(StatusCounters.PIPELINES_OPEN)).isEqualTo(2);

        ledger.advance(Duration.ofSeconds(4));
        ledger.succeeded(first.runId(), 1, WORKER);

        assertThat(ledger.counter(StatusCounters.state(PROCESSING))).isZero();
        assertThat(ledger.counter(StatusCounters.state(COMPLETED))).isEqualTo(1);
        assertThat(ledger.counter(StatusCounters.dayState(TODAY, COMPLETED))).isEqualTo(1);
        assertThat(ledger.counter(StatusCounters.dayExecutionMillis(TODAY))).isEqualTo(4000);
        assertThat(ledger.counter(StatusCounters.dayExecutions(TODAY))).isEqualTo(1);
    }

    @Test
    void aTerminalRunLeavesTheStoreAfterTheRetentionWindowWhileItsDailyCountStays() {
        RunRequest request = aRequest().maxAttempts(1).build();
        ledger.request(request);
        ledger.started(request.runId(), 1, WORKER);
        ledger.failed(request.runId(), 1, WORKER);

        ledger.advance(RETENTION.minusSeconds(1));
        assertThat(ledger.entry(request.runId())).isNotNull();
        ledger.advance(Duration.ofSeconds(1));

        assertThat(ledger.entry(request.runId())).isNull();
        assertThat(indexKeys()).isEmpty();
        assertThat(ledger.counter(StatusCounters.state(FAILED))).isZero();
        assertThat(ledger.counter(StatusCounters.PIPELINES_OPEN)).isZero();
        assertThat(ledger.counter(StatusCounters.dayState(TODAY, FAILED))).isEqualTo(1);
    }

    @Test
    void unreadableInputGoesToTheDeadLetterTopicWithItsReasonAndTheNextRecordIsProcessed() {
        byte[] key = "acme/import".getBytes(StandardCharsets.UTF_8);
        byte[] value = "{not json".getBytes(StandardCharsets.UTF_8);

        ledger.rawInput(Topics.RUN_REQUESTS.name(), key, value);
        ledger.rawInput(Topics.RUN_EVENTS.name(), "not a pipeline id".getBytes(StandardCharsets.UTF_8), value);
        RunRequest next = aRequest().build();
        ledger.request(next);

        List<TestRecord<byte[], byte[]>> dead = ledger.deadLetters();
        assertThat(dead).hasSize(2);
        assertThat(dead.get(0).value()).isEqualTo(value);
        assertThat(dead.get(0).key()).isEqualTo(key);
        assertThat(header(dead.get(0), UnreadableRecord.HEADER_TOPIC)).isEqualTo(Topics.RUN_REQUESTS.name());
        assertThat(header(dead.get(0), UnreadableRecord.HEADER_REASON)).contains("not JSON");
        assertThat(header(dead.get(0), UnreadableRecord.HEADER_OFFSET)).isEqualTo("0");
        assertThat(header(dead.get(1), UnreadableRecord.HEADER_REASON)).contains("pipeline id");
        assertThat(ledger.entry(next.runId()).state()).isEqualTo(DISPATCHED);
    }

    @Test
    void aRecordKeyedByAnotherPipelineThanItNamesGoesToTheDeadLetterTopic() {
        RunRequest request = aRequest().build();
        byte[] value = Topics.RUN_REQUESTS.valueSerde().serializer().serialize("t", request);

        ledger.rawInput(Topics.RUN_REQUESTS.name(), "acme/elsewhere".getBytes(StandardCharsets.UTF_8), value);

        assertThat(ledger.entry(request.runId())).isNull();
        assertThat(header(ledger.deadLetters().get(0), UnreadableRecord.HEADER_REASON)).contains("acme/elsewhere");
    }

    private List<String> indexKeys() {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, String> it = ledger.index().all()) {
            it.forEachRemaining((KeyValue<String, String> kv) -> keys.add(kv.key));
        }
        return keys;
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
