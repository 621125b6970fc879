package io.kairos.infra.faults.history;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.Origin;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunHeartbeat;
import io.kairos.model.run.RunPolicy;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.RunStarted;
import io.kairos.model.run.RunState;
import io.kairos.model.run.RunSucceeded;
import io.kairos.model.schedule.IntervalSchedule;
import io.kairos.model.spec.OverlapPolicy;
import io.kairos.model.spec.RetryPolicy;
import io.kairos.model.spec.SleepExecutorSpec;
import io.kairos.worker.api.RunView;
import io.kairos.worker.ledger.rules.RunStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a history the way the system would have recorded it, in seconds after {@link #T0}: a pipeline
 * firing every ten seconds, runs executed on named workers, faults. Tests start from a clean script
 * and plant one fault in it.
 */
final class HistoryScript {

    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    static final PipelineId PIPELINE = PipelineId.of("acme", "import");
    static final IntervalSchedule EVERY_TEN_SECONDS = new IntervalSchedule(Duration.ofSeconds(10), T0);
    private static final RunPolicy POLICY = new RunPolicy(10, OverlapPolicy.ALLOW, RetryPolicy.NONE, null,
            Duration.ofSeconds(3));

    final List<RunRequest> requests = new ArrayList<>();
    final List<RunEvent> events = new ArrayList<>();
    final List<DispatchedRun> dispatches = new ArrayList<>();
    final List<RunView> finals = new ArrayList<>();
    final List<SinkCall> sinkCalls = new ArrayList<>();
    final List<Fault> faults = new ArrayList<>();
    final List<String> openTransactions = new ArrayList<>();
    private final History.Builder builder = History.builder();

    /** Six runs, due every ten seconds in (T0, T0+60s], each running five seconds on w1 or w2 (2 slots each). */
    static HistoryScript aCleanHistory() {
        HistoryScript script = new HistoryScript().worker("w1", 2).worker("w2", 2);
        script.builder.windows(List.of(new ScheduleWindow(PIPELINE, EVERY_TEN_SECONDS, T0, T0.plusSeconds(60))));
        for (int second = 10; second <= 60; second += 10) {
            RunId run = script.requested(second);
            script.executed(run, (second / 10) % 2 == 0 ? "w1" : "w2", 1, second, second + 5);
            script.completed(run, (second / 10) % 2 == 0 ? "w1" : "w2", 1);
        }
        return script;
    }

    static RunId runAt(long second) {
        return RunId.scheduled(PIPELINE, T0.plusSeconds(second));
    }

    HistoryScript worker(String id, int slots) {
        builder.slots(WorkerId.of(id), slots);
        return this;
    }

    RunId requested(long second) {
        RunRequest request = RunRequest.scheduled(PIPELINE, T0.plusSeconds(second), T0.plusSeconds(second),
                Origin.SCHEDULE, 5, "default", POLICY, new SleepExecutorSpec(Duration.ofSeconds(5), 0));
        requests.add(request);
        return request.runId();
    }

    /** One attempt dispatched, started, heartbeating and reaching the sink, with no outcome yet. */
    HistoryScript executed(RunId run, String worker, int attempt, long fromSecond, long toSecond) {
        return executed(run, worker, attempt, at(fromSecond), at(toSecond));
    }

    HistoryScript executed(RunId run, String worker, int attempt, Instant from, Instant to) {
        dispatches.add(new DispatchedRun(run, PIPELINE, attempt, T0, from, Origin.SCHEDULE, 5,
                new SleepExecutorSpec(Duration.ofSeconds(5), 0), null, Duration.ofSeconds(3), null));
        events.add(new RunStarted(run, PIPELINE, attempt, WorkerId.of(worker), from));
        events.add(new RunHeartbeat(run, PIPELINE, attempt, WorkerId.of(worker), to));
        sinkCalls.add(new SinkCall(run, attempt, from));
        return this;
    }

    /** The attempt's success report and the ledger's COMPLETED view of the run. */
    HistoryScript completed(RunId run, String worker, int attempt) {
        RunHeartbeat last = (RunHeartbeat) events.stream()
                .filter(event -> event.runId().equals(run) && event.attempt() == attempt && event instanceof RunHeartbeat)
                .reduce((first, second) -> second).orElseThrow();
        events.add(new RunSucceeded(run, PIPELINE, attempt, WorkerId.of(worker), last.at(), "ok"));
        List<RunStep> timeline = new ArrayList<>();
        for (int a = 1; a <= attempt; a++) {
            timeline.add(new RunStep(last.at(), RunState.PROCESSING, a, WorkerId.of(worker), null));
        }
        timeline.add(new RunStep(last.at(), RunState.COMPLETED, attempt, WorkerId.of(worker), null));
        return ended(run, RunState.COMPLETED, attempt, worker, timeline);
    }

    HistoryScript ended(RunId run, RunState state, int attempt, String worker, List<RunStep> timeline) {
        finals.removeIf(view -> view.runId().equals(run.value()));
        finals.add(new RunView(run.value(), PIPELINE.value(), T0, Origin.SCHEDULE, state, null, attempt, worker, T0,
                T0, 5, "default", T0, T0, null, null, timeline));
        return this;
    }

    HistoryScript killed(String worker, long second) {
        faults.add(Fault.killed(WorkerId.of(worker), at(second)));
        return this;
    }

    static Instant at(long second) {
        return T0.plusSeconds(second);
    }

    History build() {
        return builder.requests(requests).events(events).dispatches(dispatches).finals(finals).sinkCalls(sinkCalls)
                .faults(faults).openTransactions(openTransactions).build();
    }
}
