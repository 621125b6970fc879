package io.kairos.model.backfill;

import io.kairos.model.command.StartBackfill;
import io.kairos.model.run.RunRequest;
import io.kairos.model.schedule.Schedule;
import io.kairos.model.spec.PipelineSpec;
import java.time.Instant;
import java.util.List;

/**
 * A backfill of a pipeline over {@code (from, to]}: its definition and one request per scheduled time
 * of the pipeline's schedule in the range (origin {@code backfill}, low priority, the scheduled run's
 * id, so a time the ledger already holds is kept unless {@code reprocess} says otherwise).
 */
public record BackfillPlan(StartBackfill definition, List<RunRequest> requests) {

    /** The most scheduled times one backfill may hold. */
    public static final int MAX_RUNS = Schedule.MAX_FIRES_PER_CALL;

    public BackfillPlan {
        requests = List.copyOf(requests);
    }

    /**
     * @throws IllegalArgumentException when the pipeline has no schedule, the range is empty or
     *         reversed, or it holds more than {@link #MAX_RUNS} times
     */
    public static BackfillPlan of(PipelineSpec spec, BackfillId id, Instant from, Instant to, int maxConcurrent,
                                  Reprocess reprocess, String requestedBy, Instant now) {
        Schedule schedule = spec.scheduleIfAny().orElseThrow(() -> new IllegalArgumentException("pipeline " + spec.id()
                + " has no schedule, so it has no scheduled times to backfill; ask for runs with runs trigger"));
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to: must be after from (" + from + "), was " + to);
        }
        List<Instant> times;
        try {
            times = schedule.firesBetween(from, to);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the range holds more than " + MAX_RUNS
                    + " scheduled times; split it into several backfills", e);
        }
        StartBackfill definition = new StartBackfill(id, from, to, times.size(), maxConcurrent, reprocess, requestedBy, now);
        return new BackfillPlan(definition, times.stream()
                .map(at -> RunRequest.backfill(spec, id, at, now, reprocess)).toList());
    }

    public List<Instant> times() {
        return requests.stream().map(RunRequest::scheduledFor).toList();
    }
}
