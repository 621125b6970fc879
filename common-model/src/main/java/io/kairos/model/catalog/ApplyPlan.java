package io.kairos.model.catalog;

import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import java.util.List;
import java.util.Map;

/**
 * What a declarative apply of valid specs does, pipeline by pipeline, against the current
 * catalogue: a new id is created, a different spec changes it, an equal spec leaves it unchanged.
 */
public record ApplyPlan(List<Change> changes) {

    /** One pipeline's outcome. */
    public record Change(PipelineSpec spec, ApplyOutcome outcome) {
    }

    public ApplyPlan {
        changes = List.copyOf(changes);
    }

    public static ApplyPlan of(Map<PipelineId, PipelineSpec> current, List<PipelineSpec> desired) {
        return new ApplyPlan(desired.stream().map(spec -> new Change(spec, outcome(current.get(spec.id()), spec))).toList());
    }

    private static ApplyOutcome outcome(PipelineSpec current, PipelineSpec desired) {
        if (current == null) {
            return ApplyOutcome.CREATED;
        }
        return current.equals(desired) ? ApplyOutcome.UNCHANGED : ApplyOutcome.CHANGED;
    }

    /** The specs to write: created and changed ones. */
    public List<PipelineSpec> toWrite() {
        return changes.stream().filter(change -> change.outcome().writes()).map(Change::spec).toList();
    }
}
