package io.kairos.worker.ledger.topology;

import static io.kairos.model.run.RunState.COMPLETED;
import static io.kairos.model.run.RunState.DISPATCHED;
import static io.kairos.worker.ledger.fixtures.LedgerDriver.WORKER;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.run.RunHeartbeat;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.RunSucceeded;
import io.kairos.worker.ledger.fixtures.LedgerDriver;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Staleness is judged only on what the ledger has read: a ledger behind on its input never presumes a live worker dead. */
class StaleWhileBehindTest {

    private static final Duration STALE_AFTER = Duration.ofSeconds(30);
    private static final PipelineId OTHER_PIPELINE = PipelineId.of("acme", "export");

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
        RunRequest other = processing(aRequest().pipeline(OTHER_PIPELINE).staleAfter(STALE_AFTER).build());
        RunRequest run = processing(aRequest().staleAfter(STALE_AFTER).build());
        Instant started = ledger.now();

        ledger.advance(STALE_AFTER.minusSeconds(2));
        for (int second = 1; second <= 3; second++) {
            Instant written = started.plusSeconds(second);
            ledger.eventWrittenAt(heartbeat(other.runId(), written), written);
            ledger.advance(Duration.ofSeconds(1));
        }
        ledger.eventWrittenAt(succeeded(run.runId(), started.plusSeconds(5)), started.plusSeconds(5));

        assertThat(ledger.entry(run.runId()).state()).isEqualTo(COMPLETED);
        assertThat(ledger.entry(run.runId()).attempt()).isEqualTo(1);
        assertThat(ledger.dispatched()).isEmpty();
    }

    @Test
    void aLedgerThatHasHadNothingMoreToReadJudgesStalenessOnItsOwnClockAgain() {
        RunRequest other = processing(aRequest().pipeline(OTHER_PIPELINE).staleAfter(STALE_AFTER).build());
        RunRequest run = processing(aRequest().staleAfter(STALE_AFTER).build());
        Instant started = ledger.now();

        ledger.advance(Duration.ofSeconds(10));
        ledger.eventWrittenAt(heartbeat(other.runId(), started.plusSeconds(1)), started.plusSeconds(1));
        ledger.advance(STALE_AFTER);

        assertThat(ledger.entry(run.runId()).state()).isEqualTo(DISPATCHED);
        assertThat(ledger.entry(run.runId()).attempt()).isEqualTo(2);
    }

    private RunHeartbeat heartbeat(RunId run, Instant at) {
        return new RunHeartbeat(run, ledger.entry(run).pipelineId(), 1, WORKER, at);
    }

    private RunSucceeded succeeded(RunId run, Instant at) {
        return new RunSucceeded(run, ledger.entry(run).pipelineId(), 1, WORKER, at, "done");
    }
}
