package io.kairos.worker.ledger.query;

import io.kairos.model.run.RunState;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The status counters of some ledger partitions, summed: what one instance answers for its own
 * partitions, and what the instances' answers add up to.
 *
 * @param pipelinesActive    pipelines with at least one run that has not ended
 * @param runsByState        runs held now, by state (terminal ones until their retention ends)
 * @param endedToday         runs that ended today (UTC, ledger clock), by terminal state
 * @param executionMillis    execution time of today's runs that completed or failed
 * @param executions         how many runs {@code executionMillis} adds up
 */
public record StatusTotals(long pipelinesActive, Map<RunState, Long> runsByState, Map<RunState, Long> endedToday,
                           long executionMillis, long executions) {

    public static final StatusTotals NONE = new StatusTotals(0, Map.of(), Map.of(), 0, 0);

    public StatusTotals {
        runsByState = new TreeMap<>(runsByState);
        endedToday = new TreeMap<>(endedToday);
    }

    public StatusTotals plus(StatusTotals other) {
        return new StatusTotals(pipelinesActive + other.pipelinesActive, sum(runsByState, other.runsByState),
                sum(endedToday, other.endedToday), executionMillis + other.executionMillis,
                executions + other.executions);
    }

    private static Map<RunState, Long> sum(Map<RunState, Long> a, Map<RunState, Long> b) {
        Map<RunState, Long> total = new EnumMap<>(RunState.class);
        a.forEach((state, n) -> total.merge(state, n, Long::sum));
        b.forEach((state, n) -> total.merge(state, n, Long::sum));
        return total;
    }

    public long runs(RunState state) {
        return runsByState.getOrDefault(state, 0L);
    }

    public long endedToday(RunState state) {
        return endedToday.getOrDefault(state, 0L);
    }
}
