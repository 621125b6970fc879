package io.kairos.worker.ledger.topology;

import static io.kairos.model.run.RunState.CANCELLED;
import static io.kairos.model.run.RunState.DISPATCHED;
import static io.kairos.model.run.RunState.QUEUED;
import static io.kairos.model.run.RunState.SCHEDULED;
import static io.kairos.model.run.RunState.SKIPPED;
import static io.kairos.worker.ledger.fixtures.LedgerDriver.WORKER;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.T0;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.Lane;
import io.kairos.model.run.RunRequest;
import io.kairos.model.spec.OverlapPolicy;
import io.kairos.model.worker.CancelExecution;
import io.kairos.model.worker.WorkerOrder;
import io.kairos.worker.ledger.fixtures.LedgerDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdmissionTest {

    private final LedgerDriver ledger = new LedgerDriver();

    @AfterEach
    void close() {
        ledger.close();
    }

    private static Instant minute(int n) {
        return T0.plus(Duration.ofMinutes(n));
    }

    @Test
    void aDueRequestIsDispatchedAtOnceToTheLaneOfItsPriority() {
        RunRequest request = aRequest().priority(9).build();

        ledger.request(request);

        List<DispatchedRun> high = ledger.dispatched(Lane.HIGH);
        assertThat(high).singleElement().satisfies(run -> {
            assertThat(run.runId()).isEqualTo(request.runId());
            assertThat(run.attempt()).isEqualTo(1);
            assertThat(run.dispatchedAt()).isEqualTo(ledger.now());
            assertThat(run.staleAfter()).isEqualTo(Duration.ofSeconds(30));
        });
        assertThat(ledger.dispatched()).isEmpty();
        assertThat(ledger.entry(request.runId()).state()).isEqualTo(DISPATCHED);
        assertThat(ledger.entry(request.runId()).timeline()).extracting(s -> s.state()).containsExactly(QUEUED, DISPATCHED);
    }

    @Test
    void eachQueueHasItsOwnLanes() {
        ledger.request(aRequest().queue("gpu").priority(2).build());

        assertThat(ledger.dispatched("gpu", Lane.LOW)).hasSize(1);
        assertThat(ledger.dispatched()).isEmpty();
    }

    @Test
    void aRunWithNotBeforeWaitsScheduledUntilItIsDue() {
        RunRequest request = aRequest().notBefore(T0.plusSeconds(10)).build();

        ledger.request(request);
        ledger.advance(Duration.ofSeconds(9));

        assertThat(ledger.entry(request.runId()).state()).isEqualTo(SCHEDULED);
        assertThat(ledger.dispatched()).isEmpty();

        ledger.advance(Duration.ofSeconds(1));

        assertThat(ledger.entry(request.runId()).state()).isEqualTo(DISPATCHED);
        assertThat(ledger.dispatched()).hasSize(1);
    }

    @Test
    void aPipelineRunsNoMoreThanItsMaxConcurrentRuns() {
        for (int i = 0; i < 3; i++) {
            ledger.request(aRequest().scheduledFor(minute(i)).maxConcurrentRuns(2).build());
        }

        assertThat(ledger.dispatched()).extracting(DispatchedRun::scheduledFor).containsExactly(minute(0), minute(1));
        assertThat(ledger.entry(aRequest().scheduledFor(minute(2)).build().runId()).state()).isEqualTo(QUEUED);
    }

    @Test
    void skipEndsAnOverlappingRunSkippedWithReasonOverlap() {
        RunRequest first = aRequest().overlap(OverlapPolicy.SKIP).build();
        RunRequest second = aRequest().scheduledFor(minute(1)).overlap(OverlapPolicy.SKIP).build();

        ledger.request(first);
        ledger.request(second);

        assertThat(ledger.dispatched()).extracting(DispatchedRun::runId).containsExactly(first.runId());
        assertThat(ledger.entry(second.runId()).state()).isEqualTo(SKIPPED);
        assertThat(ledger.entry(second.runId()).run().reason()).isEqualTo("overlap");
        assertThat(ledger.listener().lines()).contains("skipped:overlap");
    }

    @Test
    void allowKeepsOverlappingRunsQueuedUntilTheRunningOneEnds() {
        RunRequest first = aRequest().build();
        RunRequest second = aRequest().scheduledFor(minute(1)).build();
        ledger.request(first);
        ledger.request(second);
        ledger.dispatched();

        assertThat(ledger.entry(second.runId()).state()).isEqualTo(QUEUED);

        ledger.started(first.runId(), 1, WORKER);
        ledger.succeeded(first.runId(), 1, WORKER);

        assertThat(ledger.dispatched()).extracting(DispatchedRun::runId).containsExactly(second.runId());
    }

    @Test
    void waitingRunsAreAdmittedByPriorityThenScheduledTime() {
        RunRequest running = aRequest().scheduledFor(minute(0)).build();
        RunRequest lowEarly = aRequest().scheduledFor(minute(1)).priority(2).build();
        RunRequest highLate = aRequest().scheduledFor(minute(3)).priority(9).build();
        RunRequest highEarly = aRequest().scheduledFor(minute(2)).priority(9).build();
        List.of(running, lowEarly, highLate, highEarly).forEach(ledger::request);
        ledger.dispatched();

        List<RunRequest> admitted = new ArrayList<>();
        RunRequest ending = running;
        for (int i = 0; i < 3; i++) {
            ledger.started(ending.runId(), 1, WORKER);
            ledger.succeeded(ending.runId(), 1, WORKER);
            DispatchedRun next = ledger.dispatched().get(0);
            ending = List.of(lowEarly, highLate, highEarly).stream().filter(r -> r.runId().equals(next.runId()))
                    .findFirst().orElseThrow();
            admitted.add(ending);
        }

        assertThat(admitted).containsExactly(highEarly, highLate, lowEarly);
    }

    @Test
    void bufferOneKeepsOnlyTheNewestWaitingRun() {
        List<RunRequest> runs = List.of(0, 1, 2).stream()
                .map(i -> aRequest().scheduledFor(minute(i)).overlap(OverlapPolicy.BUFFER_ONE).build()).toList();
        runs.forEach(ledger::request);
        ledger.dispatched();

        assertThat(ledger.entry(runs.get(1).runId()).state()).isEqualTo(SKIPPED);
        assertThat(ledger.entry(runs.get(1).runId()).run().reason()).isEqualTo("superseded");
        assertThat(ledger.entry(runs.get(2).runId()).state()).isEqualTo(QUEUED);

        ledger.started(runs.get(0).runId(), 1, WORKER);
        ledger.succeeded(runs.get(0).runId(), 1, WORKER);

        assertThat(ledger.dispatched()).extracting(DispatchedRun::runId).containsExactly(runs.get(2).runId());
    }

    @Test
    void bufferAllKeepsEveryWaitingRunInOrder() {
        List<RunRequest> runs = List.of(0, 1, 2).stream()
                .map(i -> aRequest().scheduledFor(minute(i)).overlap(OverlapPolicy.BUFFER_ALL).build()).toList();
        runs.forEach(ledger::request);
        assertThat(ledger.dispatched()).hasSize(1);

        for (int i = 0; i < 2; i++) {
            ledger.started(runs.get(i).runId(), 1, WORKER);
            ledger.succeeded(runs.get(i).runId(), 1, WORKER);
            assertThat(ledger.dispatched()).extracting(DispatchedRun::runId).containsExactly(runs.get(i + 1).runId());
        }
    }

    @Test
    void cancelOtherCancelsTheRunningRunAndAdmitsTheNewOne() {
        RunRequest first = aRequest().overlap(OverlapPolicy.CANCEL_OTHER).build();
        RunRequest second = aRequest().scheduledFor(minute(1)).overlap(OverlapPolicy.CANCEL_OTHER).build();
        ledger.request(first);
        ledger.started(first.runId(), 1, WORKER);
        ledger.dispatched();

        ledger.request(second);

        assertThat(ledger.entry(first.runId()).state()).isEqualTo(CANCELLED);
        List<WorkerOrder> orders = ledger.orders();
        assertThat(orders).singleElement().isInstanceOfSatisfying(CancelExecution.class, order -> {
            assertThat(order.workerId()).isEqualTo(WORKER);
            assertThat(order.runId()).isEqualTo(first.runId());
        });
        assertThat(ledger.dispatched()).extracting(DispatchedRun::runId).containsExactly(second.runId());

        ledger.cancelled(first.runId(), 1, WORKER, "cancel");

        assertThat(ledger.entry(first.runId()).state()).isEqualTo(CANCELLED);
        assertThat(ledger.entry(second.runId()).state()).isEqualTo(DISPATCHED);
    }
}
