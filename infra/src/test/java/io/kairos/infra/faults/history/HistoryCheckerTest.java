package io.kairos.infra.faults.history;

import static io.kairos.infra.faults.history.HistoryScript.aCleanHistory;
import static io.kairos.infra.faults.history.HistoryScript.at;
import static io.kairos.infra.faults.history.HistoryScript.runAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.RunState;
import io.kairos.worker.ledger.rules.RunStep;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker passes a clean history and fails each planted fault, naming the guarantee it breaks. */
class HistoryCheckerTest {

    @Test
    void aCleanHistoryKeepsEveryGuarantee() {
        assertThat(HistoryChecker.violations(aCleanHistory().build())).isEmpty();
    }

    @Test
    void aPlantedDuplicateExecutionFailsIt() {
        HistoryScript script = aCleanHistory();
        script.sinkCalls.add(new SinkCall(runAt(20), 1, at(21)));

        assertBroken(script.build(), DuplicatesBoundedByFaults.NAME);
    }

    @Test
    void aRepeatOfARunHeldByAKilledWorkerIsExcused() {
        HistoryScript script = aCleanHistory();
        RunId run = script.requested(70);
        script.executed(run, "w1", 1, 70, 72).killed("w1", 73);
        script.executed(run, "w2", 2, 77, 80).completed(run, "w2", 2);

        assertThat(HistoryChecker.violations(script.build())).isEmpty();
    }

    @Test
    void aRunExecutedTwiceAfterAKillThatDidNotHoldItFailsIt() {
        HistoryScript script = aCleanHistory().killed("w2", 3);
        script.sinkCalls.add(new SinkCall(runAt(20), 2, at(26)));

        assertBroken(script.build(), DuplicatesBoundedByFaults.NAME);
    }

    @Test
    void aPlantedLostScheduledTimeFailsIt() {
        HistoryScript script = aCleanHistory();
        script.requests.removeIf(request -> request.runId().equals(runAt(30)));
        script.finals.removeIf(view -> view.runId().equals(runAt(30).value()));

        assertBroken(script.build(), EveryScheduledTimeOnce.NAME);
    }

    @Test
    void aPlantedLostRunFailsIt() {
        HistoryScript script = aCleanHistory();
        script.finals.removeIf(view -> view.runId().equals(runAt(40).value()));

        assertBroken(script.build(), OneFinalStatePerRun.NAME);
    }

    @Test
    void aScheduledTimeFiredTwiceFailsIt() {
        HistoryScript script = aCleanHistory();
        script.requests.add(script.requests.get(2));

        assertBroken(script.build(), EveryScheduledTimeOnce.NAME);
    }

    @Test
    void aRunThatNeverEndedFailsASettledHistory() {
        HistoryScript script = aCleanHistory();
        script.ended(runAt(50), RunState.PROCESSING, 1, "w1", List.of());

        assertBroken(script.build(), OneFinalStatePerRun.NAME);
    }

    @Test
    void aPlantedSlotOverrunFailsIt() {
        HistoryScript script = aCleanHistory();
        for (int i = 0; i < 3; i++) {
            RunId run = script.requested(100 + i);
            script.executed(run, "w1", 1, 100 + i, 110).completed(run, "w1", 1);
        }

        assertBroken(script.build(), SlotsNeverExceeded.NAME);
    }

    @Test
    void aSlotRetakenMillisecondsBeforeTheBrokerAppendedTheOutcomeThatFreedItIsNoOverrun() {
        assertThat(HistoryChecker.violations(slotRetakenBeforeItWasFreed(Duration.ofMillis(5)))).isEmpty();
    }

    @Test
    void aSlotRetakenAQuarterSecondBeforeItWasFreedIsAnOverrun() {
        assertBroken(slotRetakenBeforeItWasFreed(Duration.ofMillis(250)), SlotsNeverExceeded.NAME);
    }

    /** A one-slot worker's second attempt appended {@code early} before the outcome of its first. */
    private static History slotRetakenBeforeItWasFreed(Duration early) {
        HistoryScript script = aCleanHistory().worker("w3", 1);
        RunId first = script.requested(100);
        RunId second = script.requested(105);
        script.executed(first, "w3", 1, at(100), at(105)).completed(first, "w3", 1);
        script.executed(second, "w3", 1, at(105).minus(early), at(108)).completed(second, "w3", 1);
        return script.build();
    }

    @Test
    void aSlotFreedAndRetakenAtTheSameInstantIsNoOverrun() {
        HistoryScript script = aCleanHistory().worker("w3", 1);
        RunId first = script.requested(100);
        RunId second = script.requested(105);
        script.executed(first, "w3", 1, 100, 105).completed(first, "w3", 1);
        script.executed(second, "w3", 1, 105, 108).completed(second, "w3", 1);

        assertThat(HistoryChecker.violations(script.build())).isEmpty();
    }

    @Test
    void aFencedAttemptWhoseReportMovedTheRunFailsIt() {
        HistoryScript script = aCleanHistory();
        RunId run = script.requested(70);
        script.executed(run, "w1", 1, 70, 72).killed("w1", 73);
        script.executed(run, "w2", 2, 77, 80).completed(run, "w2", 2);
        script.ended(run, RunState.COMPLETED, 1, "w1", List.of(
                new RunStep(at(72), RunState.PROCESSING, 1, WorkerId.of("w1"), null),
                new RunStep(at(77), RunState.PROCESSING, 2, WorkerId.of("w2"), null),
                new RunStep(at(81), RunState.COMPLETED, 1, WorkerId.of("w1"), null)));

        assertBroken(script.build(), FencedReportsRefused.NAME);
    }

    @Test
    void aRunCompletedWithoutASuccessReportOfItsFinalAttemptFailsIt() {
        HistoryScript script = aCleanHistory();
        RunId run = script.requested(70);
        script.executed(run, "w1", 1, 70, 72).completed(run, "w1", 1);
        script.ended(run, RunState.COMPLETED, 2, "w2", List.of(
                new RunStep(at(72), RunState.COMPLETED, 2, WorkerId.of("w2"), null)));

        assertBroken(script.build(), FencedReportsRefused.NAME);
    }

    @Test
    void anAttemptDispatchedTwiceFailsIt() {
        HistoryScript script = aCleanHistory();
        script.dispatches.add(script.dispatches.get(0));

        assertBroken(script.build(), NoAttemptDispatchedTwice.NAME);
    }

    @Test
    void anOpenTransactionFailsIt() {
        HistoryScript script = aCleanHistory();
        script.openTransactions.add("kairos-ledger-1-0 (producer 7, ongoing for 90 s)");

        assertBroken(script.build(), NoOpenTransactions.NAME);
    }

    @Test
    void aStoreHoldingAnEndItsInputsNeverReachedFailsIt() {
        HistoryScript script = aCleanHistory();
        script.ended(runAt(30), RunState.FAILED, 1, "w2", List.of(
                new RunStep(at(35), RunState.FAILED, 1, WorkerId.of("w2"), null)));

        assertBroken(script.build(), StoreMatchesReplay.NAME);
    }

    @Test
    void aStoreOnAnotherAttemptThanItsInputsFailsIt() {
        HistoryScript script = aCleanHistory();
        RunId run = script.requested(70);
        script.executed(run, "w1", 1, 70, 72).killed("w1", 73);
        script.executed(run, "w2", 2, 77, 80).completed(run, "w2", 2);
        script.ended(run, RunState.COMPLETED, 3, "w2", List.of(
                new RunStep(at(81), RunState.COMPLETED, 3, WorkerId.of("w2"), null)));

        assertBroken(script.build(), StoreMatchesReplay.NAME);
    }

    @Test
    void aStoreHoldingARunNeverRequestedFailsIt() {
        HistoryScript script = aCleanHistory();
        script.ended(runAt(999), RunState.COMPLETED, 1, "w1", List.of());

        assertBroken(script.build(), StoreMatchesReplay.NAME);
    }

    @Test
    void aStaleAttemptOutOfRetriesEndingFailedMatchesTheReplay() {
        HistoryScript script = aCleanHistory();
        RunId run = script.requested(70);
        script.executed(run, "w1", 1, 70, 72).killed("w1", 73);
        script.ended(run, RunState.FAILED, 1, "w1", List.of(
                new RunStep(at(72), RunState.PROCESSING, 1, WorkerId.of("w1"), null),
                new RunStep(at(76), RunState.FAILED, 1, WorkerId.of("w1"), "stale")));

        assertThat(HistoryChecker.violations(script.build())).isEmpty();
    }

    private static void assertBroken(History history, String rule) {
        assertThat(HistoryChecker.violations(history)).extracting(Violation::rule).contains(rule);
        assertThatThrownBy(() -> HistoryChecker.assertKeepsGuarantees(history)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(rule);
    }
}
