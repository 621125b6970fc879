package io.kairos.worker.api;

import static io.kairos.model.run.RunState.COMPLETED;
import static io.kairos.model.run.RunState.DISPATCHED;
import static io.kairos.model.run.RunState.FAILED;
import static io.kairos.model.run.RunState.PROCESSING;
import static io.kairos.model.run.RunState.QUEUED;
import static io.kairos.model.run.RunState.SCHEDULED;
import static io.kairos.model.run.RunState.TIMED_OUT;

import io.kairos.model.run.RunState;
import io.kairos.worker.ledger.query.StatusTotals;
import java.util.Map;

/**
 * The status the API shows: {@code runsQueued} counts runs waiting for a worker (QUEUED and
 * DISPATCHED), {@code failedToday} runs that ended FAILED or TIMED_OUT today (UTC).
 */
public record StatusView(long pipelinesActive, long runsScheduled, long runsQueued, long runsProcessing,
                         long completedToday, long failedToday, double avgExecutionSeconds,
                         Map<RunState, Long> runsByState, Map<RunState, Long> endedToday) {

    public static StatusView of(StatusTotals totals) {
        double average = totals.executions() == 0 ? 0.0
                : Math.round(totals.executionMillis() / (double) totals.executions()) / 1000.0;
        return new StatusView(totals.pipelinesActive(), totals.runs(SCHEDULED),
                totals.runs(QUEUED) + totals.runs(DISPATCHED), totals.runs(PROCESSING),
                totals.endedToday(COMPLETED), totals.endedToday(FAILED) + totals.endedToday(TIMED_OUT), average,
                totals.runsByState(), totals.endedToday());
    }
}
