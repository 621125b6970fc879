package io.kairos.worker.ledger.topology;

import static io.kairos.worker.ledger.fixtures.LedgerDriver.WORKER;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.PIPELINE;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.T0;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.backfill.BackfillId;
import io.kairos.model.backfill.Reprocess;
import io.kairos.model.command.CancelBackfill;
import io.kairos.model.command.PauseBackfill;
import io.kairos.model.command.ResumeBackfill;
import io.kairos.model.command.StartBackfill;
import io.kairos.model.id.RunId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.RunState;
import io.kairos.worker.ledger.fixtures.LedgerDriver;
import io.kairos.worker.ledger.store.StatusCounters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A backfill's concurrency cap, pause, resume and cancel, and keeping runs already held, through the production topology. */
class BackfillTest {

    static final BackfillId BACKFILL = new BackfillId(PIPELINE, "bf-1");

    private final LedgerDriver ledger = new LedgerDriver();

    @AfterEach
    void close() {
        ledger.close();
    }

    private void start(int runs, int maxConcurrent, Reprocess reprocess) {
        ledger.command(new StartBackfill(BACKFILL, T0.minusSeconds(1), T0.plusSeconds(60L * runs), runs, maxConcurrent,
                reprocess, "ops", T0));
        for (int i = 0; i < runs; i++) {
            ledger.request(aRequest().scheduledFor(T0.plusSeconds(60L * i)).maxConcurrentRuns(100)
                    .backfill(BACKFILL, reprocess).build());
        }
    }

    private static RunId run(int i) {
        return RunId.scheduled(PIPELINE, T0.plusSeconds(60L * i));
    }

    @Test
    void atMostMaxConcurrentRunsAreLetStartOldestFirstAndAnEndLetsTheNextStart() {
        start(10, 3, Reprocess.NONE);

        assertThat(ledger.dispatched()).extracting(DispatchedRun::runId).containsExactly(run(0), run(1), run(2));
        assertThat(ledger.entry(run(3)).state()).isEqualTo(RunState.SCHEDULED);

        ledger.started(run(1), 1, WORKER);
        ledger.succeeded(run(1), 1, WORKER);

        assertThat(ledger.dispatched()).extracting(DispatchedRun::runId).containsExactly(run(3));
        assertThat(ledger.counter(StatusCounters.backfillRuns(BACKFILL, StatusCounters.HELD))).isEqualTo(6);
    }

    @Test
    void runsThatArriveBeforeTheirBackfillWaitForIt() {
        ledger.request(aRequest().maxConcurrentRuns(100).backfill(BACKFILL, Reprocess.NONE).build());

        assertThat(ledger.dispatched()).isEmpty();

        ledger.command(new StartBackfill(BACKFILL, T0.minusSeconds(1), T0, 1, 1, Reprocess.NONE, "ops", T0));
        assertThat(ledger.dispatched()).extracting(DispatchedRun::runId).containsExactly(run(0));
    }

    @Test
    void aPausedBackfillLetsNothingStartUntilResumedAndCancelEndsWhatHasNotStarted() {
        start(5, 1, Reprocess.NONE);
        ledger.dispatched();
        ledger.command(new PauseBackfill(BACKFILL, "ops", T0));

        ledger.started(run(0), 1, WORKER);
        ledger.succeeded(run(0), 1, WORKER);
        assertThat(ledger.dispatched()).isEmpty();

        ledger.command(new ResumeBackfill(BACKFILL, "ops", T0));
        assertThat(ledger.dispatched()).extracting(DispatchedRun::runId).containsExactly(run(1));

        ledger.command(new CancelBackfill(BACKFILL, "ops", T0));
        assertThat(List.of(2, 3, 4)).allSatisfy(i -> assertThat(ledger.entry(run(i)).state()).isEqualTo(RunState.CANCELLED));
        assertThat(ledger.entry(run(1)).state()).isEqualTo(RunState.DISPATCHED);
    }

    @Test
    void runsAlreadyHeldAreKeptUnlessTheirKindIsReprocessed() {
        ledger.request(aRequest().scheduledFor(T0).build());
        ledger.started(run(0), 1, WORKER);
        ledger.failed(run(0), 1, WORKER);
        ledger.request(aRequest().scheduledFor(T0.plusSeconds(60)).build());
        ledger.dispatched();

        start(2, 5, Reprocess.NONE);

        assertThat(ledger.dispatched()).isEmpty();
        assertThat(ledger.counter(StatusCounters.backfillRuns(BACKFILL, StatusCounters.KEPT))).isEqualTo(2);
    }
}
