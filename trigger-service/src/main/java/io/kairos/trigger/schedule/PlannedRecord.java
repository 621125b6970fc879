package io.kairos.trigger.schedule;

import io.kairos.model.run.RunRequest;
import java.time.Instant;

/**
 * One record a plan emits, with the due time it was planned for (to measure fire lag).
 *
 * @param dueTime the scheduled time plus the jitter offset
 */
public record PlannedRecord(RunRequest request, Instant dueTime) {

    public boolean isSkip() {
        return request.isSkip();
    }
}
