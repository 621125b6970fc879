package io.kairos.worker.ledger.topology;

import static io.kairos.model.run.RunState.CANCELLED;
import static io.kairos.model.run.RunState.COMPLETED;
import static io.kairos.model.run.RunState.DISPATCHED;
import static io.kairos.model.run.RunState.PROCESSING;
import static io.kairos.model.run.RunState.SCHEDULED;
import static io.kairos.model.run.RunState.SKIPPED;
import static io.kairos.worker.ledger.fixtures.LedgerDriver.WORKER;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.T0;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.SkipReason;
import io.kairos.model.worker.CancelExecution;
import io.kairos.worker.ledger.fixtures.LedgerDriver;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Idempotent requests, skip records, reprocessing, and operators' cancel and retry commands. */
class CommandsAndRequestsTest {

    private final LedgerDriver ledger = new LedgerDriver();

    @AfterEach
    void close() {
        ledger.close();
    }

    private void complete(RunRequest request, int attempt) {
        ledger.started(request.runId(), attempt, WORKER);
        ledger.succeeded(request.runId(), attempt, WORKER);
    }

    @Test
    void aRequestForARunIdAlreadyHeldIsDroppedAndCounted() {
        RunRequest request = aRequest().build();

        ledger.request(request);
        ledger.request(request);
        complete(request, 1);
        ledger.request(request);

        assertThat(ledger.dispatched()).hasSize(1);
        assertThat(ledger.listener().count("duplicate")).isEqualTo(2);
        assertThat(ledger.entry(request.runId()).state()).isEqualTo(COMPLETED);
    }

    @Test
    void aReprocessRequestRunsAFinishedRunAgainAsANewAttempt() {
        RunRequest request = aRequest().build();
        ledger.request(request);
        complete(request, 1);
        ledger.dispatched();

        ledger.request(aRequest().reprocess().build());

        assertThat(ledger.dispatched()).extracting(DispatchedRun::attempt).containsExactly(2);
    }

    @Test
    void aReprocessRequestWithNotBeforeWaitsScheduled() {
        RunRequest request = aRequest().build();
        ledger.request(request);
        complete(request, 1);

        ledger.request(aRequest().reprocess().notBefore(T0.plusSeconds(30)).build());

        assertThat(ledger.entry(request.runId()).state()).isEqualTo(SCHEDULED);
        assertThat(ledger.entry(request.runId()).dueAt()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void aReprocessRequestForARunStillInFlightIsDropped() {
        RunRequest request = aRequest().build();
        ledger.request(request);

        ledger.request(aRequest().reprocess().build());

        assertThat(ledger.dispatched()).hasSize(1);
        assertThat(ledger.listener().count("duplicate")).isEqualTo(1);
    }

    @Test
    void aSkipRecordFromTheTriggerIsStoredSkippedWithItsReason() {
        RunRequest skip = aRequest().skipped(SkipReason.PAUSED).build();

        ledger.request(skip);

        assertThat(ledger.entry(skip.runId()).state()).isEqualTo(SKIPPED);
        assertThat(ledger.entry(skip.runId()).run().reason()).isEqualTo("paused");
        assertThat(ledger.dispatched()).isEmpty();
        assertThat(ledger.listener().lines()).contains("skipped:paused");
    }

    @Test
    void cancellingAWaitingRunEndsItAtOnce() {
        RunRequest later = aRequest().notBefore(T0.plusSeconds(60)).build();
        ledger.request(later);

        ledger.cancel(later.runId());
        ledger.advance(Duration.ofSeconds(60));

        assertThat(ledger.entry(later.runId()).state()).isEqualTo(CANCELLED);
        assertThat(ledger.dispatched()).isEmpty();
        assertThat(ledger.orders()).isEmpty();
    }

    @Test
    void cancellingARunningRunOrdersItsWorkerAndEndsCancelledOnTheAnswer() {
        RunRequest request = aRequest().build();
        ledger.request(request);
        ledger.started(request.runId(), 1, WORKER);

        ledger.cancel(request.runId());

        assertThat(ledger.orders()).singleElement().isInstanceOfSatisfying(CancelExecution.class, order -> {
            assertThat(order.workerId()).isEqualTo(WORKER);
            assertThat(order.reason()).isEqualTo("cancel");
        });
        assertThat(ledger.entry(request.runId()).state()).isEqualTo(PROCESSING);

        ledger.cancelled(request.runId(), 1, WORKER, "cancel");

        assertThat(ledger.entry(request.runId()).state()).isEqualTo(CANCELLED);
        assertThat(ledger.entry(request.runId()).run().reason()).isEqualTo("cancelled by alice");
    }

    @Test
    void retryingAFinishedRunRunsItAgainAsANewAttempt() {
        RunRequest request = aRequest().maxAttempts(1).build();
        ledger.request(request);
        ledger.started(request.runId(), 1, WORKER);
        ledger.failed(request.runId(), 1, WORKER);
        ledger.dispatched();

        ledger.retry(request.runId());

        assertThat(ledger.dispatched()).extracting(DispatchedRun::attempt).containsExactly(2);
        assertThat(ledger.entry(request.runId()).state()).isEqualTo(DISPATCHED);
    }

    @Test
    void commandsForRunsNotHeldOrNotApplicableAreCountedAndChangeNothing() {
        RunRequest request = aRequest().build();
        ledger.request(request);

        ledger.retry(request.runId());
        ledger.cancel(aRequest().scheduledFor(T0.plusSeconds(1)).build().runId());

        assertThat(ledger.entry(request.runId()).state()).isEqualTo(DISPATCHED);
        assertThat(ledger.listener().lines()).contains("ignored:command-not-applicable", "ignored:command-unknown-run");
    }
}
