package io.kairos.model.run;

import static io.kairos.model.run.RunState.CANCELLED;
import static io.kairos.model.run.RunState.COMPLETED;
import static io.kairos.model.run.RunState.DISPATCHED;
import static io.kairos.model.run.RunState.FAILED;
import static io.kairos.model.run.RunState.PROCESSING;
import static io.kairos.model.run.RunState.QUEUED;
import static io.kairos.model.run.RunState.SCHEDULED;
import static io.kairos.model.run.RunState.SKIPPED;
import static io.kairos.model.run.RunState.TIMED_OUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.RunTransition.BecomeDue;
import io.kairos.model.run.RunTransition.Cancel;
import io.kairos.model.run.RunTransition.Dispatch;
import io.kairos.model.run.RunTransition.Fail;
import io.kairos.model.run.RunTransition.Heartbeat;
import io.kairos.model.run.RunTransition.Release;
import io.kairos.model.run.RunTransition.Reprocess;
import io.kairos.model.run.RunTransition.Retry;
import io.kairos.model.run.RunTransition.Skip;
import io.kairos.model.run.RunTransition.Stale;
import io.kairos.model.run.RunTransition.Start;
import io.kairos.model.run.RunTransition.Succeed;
import io.kairos.model.run.RunTransition.TimeOut;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RunTest {

    private static final RunId RUN = RunId.of("acme/import@2026-01-01T00:00:00Z");
    private static final WorkerId WORKER = WorkerId.of("worker-1");
    private static final WorkerId OTHER_WORKER = WorkerId.of("worker-2");

    /** Every transition, in the order of the table below. */
    private static final Map<String, RunTransition> TRANSITIONS = new LinkedHashMap<>();

    static {
        TRANSITIONS.put("due", new BecomeDue());
        TRANSITIONS.put("dispatch", new Dispatch());
        TRANSITIONS.put("start", new Start(OTHER_WORKER));
        TRANSITIONS.put("heartbeat", new Heartbeat());
        TRANSITIONS.put("succeed", new Succeed());
        TRANSITIONS.put("fail+retry", new Fail(true, "exit 1"));
        TRANSITIONS.put("fail", new Fail(false, "exit 1"));
        TRANSITIONS.put("cancel", new Cancel("operator"));
        TRANSITIONS.put("release", new Release());
        TRANSITIONS.put("timeout", new TimeOut());
        TRANSITIONS.put("stale+retry", new Stale(true));
        TRANSITIONS.put("stale", new Stale(false));
        TRANSITIONS.put("skip", new Skip(SkipReason.OVERLAP));
        TRANSITIONS.put("retry", new Retry());
        TRANSITIONS.put("reprocess later", new Reprocess(false));
    }

    /**
     * The whole table: for each state, the state each transition leads to, in the order of
     * {@link #TRANSITIONS}; null marks an illegal transition.
     */
    private static final Map<RunState, RunState[]> TABLE = new EnumMap<>(RunState.class);

    static {
        //                            due     dispatch    start       heartbeat   succeed    fail+retry fail    cancel     release timeout    stale+retry stale  skip     retry  reprocess later
        TABLE.put(SCHEDULED, row(QUEUED, null, null, null, null, null, null, CANCELLED, null, null, null, null, SKIPPED, null, null));
        TABLE.put(QUEUED, row(null, DISPATCHED, null, null, null, null, null, CANCELLED, null, null, null, null, SKIPPED, null, null));
        TABLE.put(DISPATCHED, row(null, null, PROCESSING, null, null, null, null, CANCELLED, QUEUED, TIMED_OUT, null, null, null, null, null));
        TABLE.put(PROCESSING, row(null, null, null, PROCESSING, COMPLETED, SCHEDULED, FAILED, CANCELLED, QUEUED, TIMED_OUT, QUEUED, FAILED, null, null, null));
        for (RunState terminal : List.of(COMPLETED, FAILED, TIMED_OUT, CANCELLED, SKIPPED)) {
            TABLE.put(terminal, row(null, null, null, null, null, null, null, null, null, null, null, null, null, QUEUED, SCHEDULED));
        }
    }

    private static RunState[] row(RunState... targets) {
        return targets;
    }

    static Stream<Arguments> everyStateAndTransition() {
        List<Arguments> cases = new ArrayList<>();
        for (RunState from : RunState.values()) {
            int column = 0;
            for (Map.Entry<String, RunTransition> t : TRANSITIONS.entrySet()) {
                cases.add(Arguments.of(from, t.getKey(), t.getValue(), TABLE.get(from)[column++]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {3}")
    @MethodSource("everyStateAndTransition")
    void followsTheTransitionTable(RunState from, String name, RunTransition transition, RunState expected) {
        Run run = new Run(RUN, from, 2, WORKER, null);
        if (expected == null) {
            assertThatThrownBy(() -> run.apply(transition))
                    .isInstanceOf(IllegalRunTransitionException.class)
                    .hasMessageContaining(RUN.value())
                    .hasMessageContaining(from.name())
                    .hasMessageContaining(transition.getClass().getSimpleName());
            assertThat(run.allows(transition)).isFalse();
        } else {
            assertThat(run.apply(transition).state()).isEqualTo(expected);
            assertThat(run.allows(transition)).isTrue();
        }
    }

    @Test
    void tableCoversEveryStateAndTransition() {
        assertThat(TABLE).containsOnlyKeys(RunState.values());
        assertThat(TABLE.values()).allSatisfy(row -> assertThat(row).hasSize(TRANSITIONS.size()));
        List<Class<?>> kinds = TRANSITIONS.values().stream().<Class<?>>map(Object::getClass).distinct().toList();
        assertThat(kinds).containsExactlyInAnyOrder(RunTransition.class.getPermittedSubclasses());
    }

    @Test
    void terminalStatesLeaveOnlyByAnOperatorsRetryOrAReprocessRequest() {
        for (RunState terminal : RunState.values()) {
            if (terminal.isTerminal()) {
                Run run = new Run(RUN, terminal, 1, null, null);
                TRANSITIONS.values().stream().filter(t -> !(t instanceof Retry) && !(t instanceof Reprocess))
                        .forEach(t -> assertThat(run.allows(t)).as("%s on %s", t, terminal).isFalse());
            }
        }
    }

    @Test
    void aRetryAfterFailureIsANewAttemptThatWaitsForItsBackoff() {
        Run failed = processing(1).apply(new Fail(true, "exit 3"));

        assertThat(failed.state()).isEqualTo(SCHEDULED);
        assertThat(failed.attempt()).isEqualTo(2);
        assertThat(failed.workerId()).isNull();
        assertThat(failed.reason()).isEqualTo("exit 3");
    }

    @Test
    void aStaleRunIsQueuedAgainAsANewAttempt() {
        Run requeued = processing(1).apply(new Stale(true));

        assertThat(requeued.state()).isEqualTo(QUEUED);
        assertThat(requeued.attempt()).isEqualTo(2);
        assertThat(requeued.workerId()).isNull();
    }

    @Test
    void aStaleRunWithoutAttemptsLeftFailsWithReasonStale() {
        Run failed = processing(3).apply(new Stale(false));

        assertThat(failed.state()).isEqualTo(FAILED);
        assertThat(failed.attempt()).isEqualTo(3);
        assertThat(failed.reason()).isEqualTo("stale");
    }

    @Test
    void aReleasedRunIsQueuedAgainWithoutUsingUpAnAttempt() {
        Run released = processing(2).apply(new Release());

        assertThat(released.state()).isEqualTo(QUEUED);
        assertThat(released.attempt()).isEqualTo(2);
    }

    @Test
    void startingRecordsTheWorker() {
        Run started = Run.requested(RUN, true).apply(new Dispatch()).apply(new Start(WORKER));

        assertThat(started.state()).isEqualTo(PROCESSING);
        assertThat(started.workerId()).isEqualTo(WORKER);
        assertThat(started.attempt()).isEqualTo(1);
    }

    @Test
    void aNewRunWaitsInScheduledUntilDue() {
        assertThat(Run.requested(RUN, false).state()).isEqualTo(SCHEDULED);
        assertThat(Run.requested(RUN, true).state()).isEqualTo(QUEUED);
        assertThat(Run.skipped(RUN, SkipReason.PAUSED).state()).isEqualTo(SKIPPED);
        assertThat(Run.skipped(RUN, SkipReason.PAUSED).reason()).isEqualTo("paused");
    }

    @Test
    void anOperatorsRetryOfAFinishedRunIsANewAttempt() {
        Run retried = processing(1).apply(new Succeed()).apply(new Retry());

        assertThat(retried.state()).isEqualTo(QUEUED);
        assertThat(retried.attempt()).isEqualTo(2);
    }

    @Test
    void aReprocessedRunIsANewAttemptQueuedAtOnceOrScheduledForLater() {
        Run completed = processing(1).apply(new Succeed());

        assertThat(completed.apply(new Reprocess(true)).state()).isEqualTo(QUEUED);
        assertThat(completed.apply(new Reprocess(false)).state()).isEqualTo(SCHEDULED);
        assertThat(completed.apply(new Reprocess(false)).attempt()).isEqualTo(2);
    }

    private static Run processing(int attempt) {
        return new Run(RUN, PROCESSING, attempt, WORKER, null);
    }
}
