package io.kairos.trigger.topology;

import io.kairos.trigger.schedule.DueTimePlanner;
import io.kairos.trigger.schedule.FirePlan;
import io.kairos.trigger.schedule.ScheduleState;
import java.time.Instant;

/** Plans a pipeline's due times and emits them, one plan or until nothing due is left. */
final class PlanRunner {

    private final DueTimePlanner planner;
    private final RequestEmitter emitter;

    PlanRunner(DueTimePlanner planner, RequestEmitter emitter) {
        this.planner = planner;
        this.emitter = emitter;
    }

    /** One plan: at most the plan size limit, so one pipeline's backlog cannot hold up a punctuation. */
    FirePlan runOnce(ScheduleState state, Instant now) {
        FirePlan plan = planner.plan(state, now);
        emitter.emit(plan, now);
        return plan;
    }

    /** Every time due by {@code now}, plan after plan: before a spec change applies. */
    ScheduleState runToCompletion(ScheduleState state, Instant now) {
        FirePlan plan;
        do {
            plan = planner.plan(state, now);
            emitter.emit(plan, now);
            state = plan.state();
        } while (!plan.complete());
        return state;
    }
}
