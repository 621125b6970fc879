package io.kairos.worker.ledger.topology;

import static io.kairos.model.run.RunState.COMPLETED;
import static io.kairos.model.run.RunState.DISPATCHED;
import static io.kairos.model.run.RunState.PROCESSING;
import static io.kairos.worker.ledger.fixtures.LedgerDriver.WORKER;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.id.RunId;
import io.kairos.model.run.LedgerBeacon;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.RunSucceeded;
import io.kairos.model.topic.Topics;
import io.kairos.worker.ledger.fixtures.LedgerDriver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Staleness is judged only on what the ledger has read of a partition that flows: a ledger behind
 * on its input, or a partition that carried nothing for a while (its leader failing over), never
 * presumes a live worker dead. The ledger's beacons keep a working partition flowing.
 */
class StaleWhileBehindTest {

    private static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private final LedgerDriver ledger = new LedgerDriver();

    @AfterEach
    void close() {
        ledger.close();
    }

    private RunRequest processing(RunRequest request) {
        ledger.request(request);
        ledger.started(request.runId(), 1, WORKER);
        ledger.dispatched();
        return request;
    }

    @Test
    void aRunWhoseSuccessTheLedgerHasNotReadYetIsNotJudgedStaleWhileTheLedgerIsBehind() {
        RunRequest run = processing(aRequest().staleAfter(STALE_AFTER).build());
        Instant started = ledger.now();

        ledger.leap(STALE_AFTER.plusSeconds(10));
        ledger.eventWrittenAt(succeeded(run.runId(), started.plusSeconds(5)), started.plusSeconds(5));

        assertThat(ledger.entry(run.runId()).state()).isEqualTo(COMPLETED);
        assertThat(ledger.entry(run.runId()).attempt()).isEqualTo(1);
        assertThat(ledger.dispatched()).isEmpty();
    }

    @Test
    void afterAPartitionCarriedNothingARunHasAWholeStaleAfterOfFlowForItsHeldUpHeartbeats() {
        RunRequest run = processing(aRequest().staleAfter(STALE_AFTER).build());
        ledger.advance(Duration.ofSeconds(10));
        ledger.heartbeat(run.runId(), 1, WORKER);

        ledger.leap(STALE_AFTER.multipliedBy(2));
        ledger.advance(STALE_AFTER.minusSeconds(2));

        assertThat(ledger.entry(run.runId()).state()).isEqualTo(PROCESSING);
        assertThat(ledger.listener().lines()).contains("stale:deferred").doesNotContain("stale:requeued");
        ledger.heartbeat(run.runId(), 1, WORKER);
        ledger.advance(STALE_AFTER.minusSeconds(1));
        assertThat(ledger.entry(run.runId()).state()).isEqualTo(PROCESSING);
        assertThat(ledger.orders()).isEmpty();
    }

    @Test
    void oncePartitionFlowsAgainForStaleAfterASilentRunIsStale() {
        RunRequest run = processing(aRequest().staleAfter(STALE_AFTER).build());

        ledger.leap(STALE_AFTER.multipliedBy(2));
        assertThat(ledger.entry(run.runId()).state()).isEqualTo(PROCESSING);
        ledger.advance(STALE_AFTER.plusSeconds(2));

        assertThat(ledger.entry(run.runId()).state()).isEqualTo(DISPATCHED);
        assertThat(ledger.entry(run.runId()).attempt()).isEqualTo(2);
        assertThat(ledger.listener().lines()).contains("stale:requeued");
    }

    @Test
    void everySweepWritesABeaconWithNeitherKeyNorValueToTheTasksPartitionOfRunEvents() {
        ledger.advance(Duration.ofSeconds(3));

        List<TestRecord<byte[], byte[]>> beacons = ledger.written(Topics.RUN_EVENTS.name());
        assertThat(beacons).hasSize(3);
        assertThat(beacons).allSatisfy(beacon -> {
            assertThat(beacon.key()).isNull();
            assertThat(beacon.value()).isNull();
            assertThat(LedgerBeacon.of(beacon.headers())).contains(new LedgerBeacon(0));
        });
        assertThat(ledger.deadLetters()).isEmpty();
    }

    @Test
    void aBeaconHeaderThatNamesNoPartitionGoesToTheDeadLetterTopic() {
        ledger.rawInput(Topics.RUN_EVENTS.name(), null, null,
                new RecordHeaders().add(LedgerBeacon.HEADER, "x".getBytes(StandardCharsets.UTF_8)));

        assertThat(ledger.deadLetters()).hasSize(1);
    }

    private RunSucceeded succeeded(RunId run, Instant at) {
        return new RunSucceeded(run, ledger.entry(run).pipelineId(), 1, WORKER, at, "done");
    }
}
