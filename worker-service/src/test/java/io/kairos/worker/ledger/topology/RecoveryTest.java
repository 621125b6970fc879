package io.kairos.worker.ledger.topology;

import static io.kairos.model.run.RunState.CANCELLED;
import static io.kairos.model.run.RunState.COMPLETED;
import static io.kairos.model.run.RunState.DISPATCHED;
import static io.kairos.model.run.RunState.FAILED;
import static io.kairos.model.run.RunState.PROCESSING;
import static io.kairos.model.run.RunState.TIMED_OUT;
import static io.kairos.worker.ledger.fixtures.LedgerDriver.OTHER_WORKER;
import static io.kairos.worker.ledger.fixtures.LedgerDriver.WORKER;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.RunRequest;
import io.kairos.model.worker.CancelExecution;
import io.kairos.model.worker.FenceExecution;
import io.kairos.worker.ledger.fixtures.LedgerDriver;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stale-processing recovery, timeouts and the grace period of stop orders, on the ledger's own clock. */
class RecoveryTest {

    private static final Duration STALE_AFTER = Duration.ofSeconds(30);
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final LedgerDriver ledger = new LedgerDriver();

    @AfterEach
    void close() {
        ledger.close();
    }

    private RunId processingRun(RunRequest request) {
        ledger.request(request);
        ledger.started(request.runId(), 1, WORKER);
        ledger.dispatched();
        return request.runId();
    }

    @Test
    void aRunWithoutHeartbeatsForStaleAfterIsQueuedAgainAsTheNextAttemptAndItsWorkerFenced() {
        RunId run = processingRun(aRequest().staleAfter(STALE_AFTER).build());

        ledger.advance(STALE_AFTER.minusSeconds(1));
        assertThat(ledger.entry(run).state()).isEqualTo(PROCESSING);
        ledger.advance(Duration.ofSeconds(1));

        assertThat(ledger.orders()).containsExactly(
                new FenceExecution(WORKER, run, ledger.entry(run).pipelineId(), 1, ledger.now()));
        assertThat(ledger.dispatched()).extracting(DispatchedRun::attempt).containsExactly(2);
        assertThat(ledger.entry(run).state()).isEqualTo(DISPATCHED);
        assertThat(ledger.entry(run).attempt()).isEqualTo(2);
        assertThat(ledger.listener().lines()).contains("stale:requeued");
    }

    @Test
    void aLedgerBehindOnItsReportsDefersStalenessUntilTheWaitingHeartbeatsAreRead() {
        Instant t0 = ledger.now();
        RunId run = processingRun(aRequest().pipeline(PipelineId.of("acme", "behind")).staleAfter(STALE_AFTER).build());

        ledger.leap(STALE_AFTER.plusSeconds(5));

        assertThat(ledger.entry(run).state()).isEqualTo(PROCESSING);
        assertThat(ledger.listener().lines()).contains("stale:deferred").doesNotContain("stale:requeued");
        ledger.heartbeatAppendedAt(run, 1, WORKER, t0.plusSeconds(20));
        ledger.advance(STALE_AFTER.minusSeconds(1));
        assertThat(ledger.entry(run).state()).isEqualTo(PROCESSING);
        assertThat(ledger.entry(run).attempt()).isEqualTo(1);
        assertThat(ledger.orders()).isEmpty();
    }

    @Test
    void aRunIsStaleOnceReportsAppendedStaleAfterItsLastOneHaveBeenRead() {
        Instant t0 = ledger.now();
        RunId run = processingRun(aRequest().pipeline(PipelineId.of("acme", "silent")).staleAfter(STALE_AFTER).build());
        RunId other = processingRun(aRequest().pipeline(PipelineId.of("acme", "other")).staleAfter(STALE_AFTER).build());

        ledger.advance(STALE_AFTER.minusSeconds(1));
        ledger.heartbeatAppendedAt(other, 1, WORKER, t0.plus(STALE_AFTER));
        ledger.advance(Duration.ofSeconds(1));

        assertThat(ledger.entry(run).attempt()).isEqualTo(2);
        assertThat(ledger.listener().lines()).contains("stale:requeued");
    }

    @Test
    void aFencedWorkersLateReportsNeverChangeTheRunAndAreCountedAndFenced() {
        RunId run = processingRun(aRequest().staleAfter(STALE_AFTER).build());
        ledger.advance(STALE_AFTER);
        ledger.started(run, 2, OTHER_WORKER);
        ledger.orders();

        ledger.heartbeat(run, 1, WORKER);
        ledger.succeeded(run, 1, WORKER);
        ledger.failed(run, 1, WORKER);

        assertThat(ledger.entry(run).state()).isEqualTo(PROCESSING);
        assertThat(ledger.entry(run).attempt()).isEqualTo(2);
        assertThat(ledger.entry(run).run().workerId()).isEqualTo(OTHER_WORKER);
        assertThat(ledger.listener().count("fenced:superseded-attempt")).isEqualTo(3);
        assertThat(ledger.orders()).hasSize(3).allSatisfy(order -> assertThat(order)
                .isEqualTo(new FenceExecution(WORKER, run, ledger.entry(run).pipelineId(), 1, ledger.now())));

        ledger.succeeded(run, 2, OTHER_WORKER);
        assertThat(ledger.entry(run).state()).isEqualTo(COMPLETED);
    }

    @Test
    void aStaleRunWithoutAttemptsLeftFailsWithReasonStale() {
        RunId run = processingRun(aRequest().maxAttempts(1).staleAfter(STALE_AFTER).build());

        ledger.advance(STALE_AFTER);

        assertThat(ledger.entry(run).state()).isEqualTo(FAILED);
        assertThat(ledger.entry(run).run().reason()).isEqualTo("stale");
        assertThat(ledger.orders()).singleElement().isInstanceOf(FenceExecution.class);
        assertThat(ledger.deadLetters()).hasSize(1);
        assertThat(ledger.listener().lines()).contains("stale:failed", "dead-letter");
    }

    @Test
    void aRunPastItsTimeoutGetsACancelOrderAndEndsTimedOutOnTheWorkersAnswer() {
        RunId run = processingRun(aRequest().timeout(Duration.ofMinutes(1)).build());
        for (int i = 0; i < 6; i++) {
            ledger.advance(Duration.ofSeconds(10));
            ledger.heartbeat(run, 1, WORKER);
        }

        assertThat(ledger.orders()).singleElement().isInstanceOfSatisfying(CancelExecution.class,
                order -> assertThat(order.reason()).isEqualTo("timeout"));
        assertThat(ledger.entry(run).state()).isEqualTo(PROCESSING);

        ledger.cancelled(run, 1, WORKER, "timeout");

        assertThat(ledger.entry(run).state()).isEqualTo(TIMED_OUT);
        assertThat(ledger.entry(run).run().reason()).isEqualTo("timeout");
    }

    @Test
    void aTimedOutRunWhoseWorkerDoesNotAnswerEndsTimedOutAfterTheGracePeriodAndIsFenced() {
        RunId run = processingRun(aRequest().timeout(Duration.ofSeconds(20)).staleAfter(Duration.ofMinutes(5)).build());
        ledger.advance(Duration.ofSeconds(20));
        assertThat(ledger.orders()).singleElement().isInstanceOf(CancelExecution.class);

        ledger.advance(GRACE);

        assertThat(ledger.entry(run).state()).isEqualTo(TIMED_OUT);
        assertThat(ledger.orders()).singleElement().isInstanceOf(FenceExecution.class);
    }

    @Test
    void aTimeOutFreesThePipelinesPlaceForTheNextRun() {
        RunRequest first = aRequest().timeout(Duration.ofSeconds(20)).build();
        RunRequest second = aRequest().scheduledFor(first.scheduledFor().plusSeconds(60)).build();
        processingRun(first);
        ledger.request(second);
        ledger.advance(Duration.ofSeconds(20));

        ledger.cancelled(first.runId(), 1, WORKER, "timeout");

        assertThat(ledger.dispatched()).extracting(DispatchedRun::runId).containsExactly(second.runId());
    }

    @Test
    void aCancelledRunningRunEndsCancelledAfterTheGracePeriodWhenItsWorkerIsSilent() {
        RunId run = processingRun(aRequest().staleAfter(Duration.ofMinutes(5)).build());
        ledger.cancel(run);
        assertThat(ledger.orders()).singleElement().isInstanceOf(CancelExecution.class);

        ledger.advance(GRACE);

        assertThat(ledger.entry(run).state()).isEqualTo(CANCELLED);
        assertThat(ledger.entry(run).run().reason()).isEqualTo("cancelled by alice");
        assertThat(ledger.orders()).singleElement().isInstanceOf(FenceExecution.class);
    }
}
