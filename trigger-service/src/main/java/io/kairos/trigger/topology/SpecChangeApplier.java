package io.kairos.trigger.topology;

import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.trigger.schedule.PipelineLifecycle;
import io.kairos.trigger.schedule.ScheduleState;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a record of {@code kairos.pipelines} to the pipeline's schedule state: what was due under
 * the old spec is emitted first, then the new spec takes effect (see {@link PipelineLifecycle}).
 */
final class SpecChangeApplier {

    private static final Logger log = LoggerFactory.getLogger(SpecChangeApplier.class);

    private final ScheduleBook book;
    private final PlanRunner runner;

    SpecChangeApplier(ScheduleBook book, PlanRunner runner) {
        this.book = book;
        this.runner = runner;
    }

    /** {@code spec} null is a tombstone: the pipeline was deleted. */
    void apply(PipelineId id, PipelineSpec spec, Instant now) {
        ScheduleState current = book.get(id);
        if (PipelineLifecycle.isUnchanged(current, spec)) {
            log.debug("Pipeline {} re-published unchanged", id);
            return;
        }
        ScheduleState settled = PipelineLifecycle.settlesBefore(current, spec) ? runner.runToCompletion(current, now) : current;
        ScheduleState next = PipelineLifecycle.apply(settled, spec, now);
        book.save(id, current, next);
        log.debug("Pipeline {} {}: next fire {}", id, describe(current, next), next == null ? "none" : next.nextFire());
    }

    private static String describe(ScheduleState before, ScheduleState after) {
        if (after == null) {
            return before == null ? "deleted (unknown)" : "deleted";
        }
        return before == null ? "created (" + after.status().tagValue() + ")" : "updated (" + after.status().tagValue() + ")";
    }
}
