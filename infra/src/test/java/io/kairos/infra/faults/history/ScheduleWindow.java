package io.kairos.infra.faults.history;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.schedule.Schedule;
import java.time.Instant;
import java.util.List;

/** A pipeline whose every scheduled time in {@code (from, to]} must leave exactly one run-request or skip record. */
public record ScheduleWindow(PipelineId pipeline, Schedule schedule, Instant from, Instant to) {

    /** The run ids the trigger must have recorded, one per scheduled time. */
    public List<RunId> expectedRuns() {
        return schedule.firesBetween(from, to).stream().map(time -> RunId.scheduled(pipeline, time)).toList();
    }
}
