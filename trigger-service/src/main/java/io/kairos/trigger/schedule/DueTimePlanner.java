package io.kairos.trigger.schedule;

import io.kairos.model.run.Origin;
import io.kairos.model.run.RunRequest;
import io.kairos.model.schedule.Schedule;
import io.kairos.model.spec.PipelineSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the records of a pipeline's scheduled times that are due at {@code now}: every due time, in
 * order, leaves exactly one run-request, firing or skipped (see {@link DueTimeClassifier}). A plan
 * holds at most {@link FiringRules#maxRecordsPerPlan()} records; the state it returns continues
 * where it stopped.
 */
public final class DueTimePlanner {

    private final FiringRules rules;

    public DueTimePlanner(FiringRules rules) {
        this.rules = rules;
    }

    public FirePlan plan(ScheduleState state, Instant now) {
        Schedule schedule = state.spec().schedule();
        DueTimeClassifier classifier = new DueTimeClassifier(state, now, rules.missedAfter());
        List<PlannedRecord> records = new ArrayList<>();
        Instant cursor = state.cursor();
        Instant next = state.nextFire();
        while (isDue(state, next, now) && records.size() < rules.maxRecordsPerPlan()) {
            records.add(recordFor(state.spec(), next, state.dueTimeOf(next), classifier.verdictFor(next), now));
            cursor = next;
            next = schedule.nextAfter(next).orElse(null);
        }
        return new FirePlan(state.advancedTo(cursor, next), records, !isDue(state, next, now));
    }

    private static boolean isDue(ScheduleState state, Instant scheduledTime, Instant now) {
        return scheduledTime != null && !state.dueTimeOf(scheduledTime).isAfter(now);
    }

    private static PlannedRecord recordFor(PipelineSpec spec, Instant scheduledTime, Instant due, Verdict verdict,
                                           Instant now) {
        int priority = verdict.origin() == Origin.SCHEDULE ? spec.priority() : CatchupPriority.of(spec.priority());
        RunRequest request = RunRequest.scheduled(spec, scheduledTime, now, verdict.origin(), priority);
        return new PlannedRecord(verdict.fires() ? request : request.skipped(verdict.skipReason()), due);
    }
}
