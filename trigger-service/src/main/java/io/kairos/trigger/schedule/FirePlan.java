package io.kairos.trigger.schedule;

import java.util.List;
import java.util.Objects;

/**
 * The records to emit for a pipeline's due scheduled times, oldest first, and its state once they
 * are emitted. Emitting the records and storing the state belong in one transaction.
 *
 * @param complete false when the plan stopped at its size limit with more times due: plan again
 */
public record FirePlan(ScheduleState state, List<PlannedRecord> records, boolean complete) {

    public FirePlan {
        Objects.requireNonNull(state, "state");
        records = List.copyOf(records);
    }

    public boolean isEmpty() {
        return records.isEmpty();
    }
}
