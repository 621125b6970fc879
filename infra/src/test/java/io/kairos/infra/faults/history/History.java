package io.kairos.infra.faults.history;

import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunRequest;
import io.kairos.worker.api.RunView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Everything a scenario left behind, read after the fact: the committed run-requests, run-events and
 * dispatches, the ledger's final view of every run, the sink's calls and any transaction still open;
 * plus what the scenario knows about itself: the schedule windows it expects fired, the faults it
 * injected and each worker's slots.
 *
 * @param settled true when every run should have reached a terminal state
 */
public record History(List<RunRequest> requests, List<RunEvent> events, List<DispatchedRun> dispatches,
                      List<RunView> finals, List<SinkCall> sinkCalls, List<String> openTransactions,
                      List<ScheduleWindow> windows, List<Fault> faults, Map<WorkerId, Integer> slots,
                      boolean settled) {

    public History {
        requests = List.copyOf(requests);
        events = List.copyOf(events);
        dispatches = List.copyOf(dispatches);
        finals = List.copyOf(finals);
        sinkCalls = List.copyOf(sinkCalls);
        openTransactions = List.copyOf(openTransactions);
        windows = List.copyOf(windows);
        faults = List.copyOf(faults);
        slots = Map.copyOf(slots);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().requests(requests).events(events).dispatches(dispatches).finals(finals)
                .sinkCalls(sinkCalls).openTransactions(openTransactions).windows(windows).faults(faults)
                .slots(slots).settled(settled);
    }

    /** The same history limited to the runs {@code keep} accepts, for clusters shared by several scenarios. */
    public History onlyRuns(Predicate<RunId> keep) {
        return toBuilder()
                .requests(requests.stream().filter(request -> keep.test(request.runId())).toList())
                .events(events.stream().filter(event -> keep.test(event.runId())).toList())
                .dispatches(dispatches.stream().filter(run -> keep.test(run.runId())).toList())
                .finals(finals.stream().filter(run -> keep.test(RunId.of(run.runId()))).toList())
                .sinkCalls(sinkCalls.stream().filter(call -> keep.test(call.runId())).toList())
                .build();
    }

    /** Builds a history piece by piece: the reader after a scenario, and tests that plant a fault. */
    public static final class Builder {
        private List<RunRequest> requests = List.of();
        private List<RunEvent> events = List.of();
        private List<DispatchedRun> dispatches = List.of();
        private List<RunView> finals = List.of();
        private List<SinkCall> sinkCalls = List.of();
        private List<String> openTransactions = List.of();
        private List<ScheduleWindow> windows = List.of();
        private List<Fault> faults = List.of();
        private Map<WorkerId, Integer> slots = new HashMap<>();
        private boolean settled = true;

        public Builder requests(List<RunRequest> requests) {
            this.requests = new ArrayList<>(requests);
            return this;
        }

        public Builder events(List<? extends RunEvent> events) {
            this.events = new ArrayList<>(events);
            return this;
        }

        public Builder dispatches(List<DispatchedRun> dispatches) {
            this.dispatches = new ArrayList<>(dispatches);
            return this;
        }

        public Builder finals(List<RunView> finals) {
            this.finals = new ArrayList<>(finals);
            return this;
        }

        public Builder sinkCalls(List<SinkCall> sinkCalls) {
            this.sinkCalls = new ArrayList<>(sinkCalls);
            return this;
        }

        public Builder openTransactions(List<String> openTransactions) {
            this.openTransactions = new ArrayList<>(openTransactions);
            return this;
        }

        public Builder windows(List<ScheduleWindow> windows) {
            this.windows = new ArrayList<>(windows);
            return this;
        }

        public Builder faults(List<Fault> faults) {
            this.faults = new ArrayList<>(faults);
            return this;
        }

        public Builder slots(Map<WorkerId, Integer> slots) {
            this.slots = new HashMap<>(slots);
            return this;
        }

        public Builder slots(WorkerId worker, int slots) {
            this.slots.put(worker, slots);
            return this;
        }

        public Builder settled(boolean settled) {
            this.settled = settled;
            return this;
        }

        public History build() {
            return new History(requests, events, dispatches, finals, sinkCalls, openTransactions, windows, faults,
                    slots, settled);
        }
    }
}
