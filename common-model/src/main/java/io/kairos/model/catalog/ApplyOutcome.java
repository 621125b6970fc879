package io.kairos.model.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.kairos.model.spec.WireNames;

/** What applying a spec does to the pipeline catalogue. */
public enum ApplyOutcome {
    CREATED,
    CHANGED,
    UNCHANGED,
    INVALID;

    /** Whether the spec is written to {@code kairos.pipelines}. */
    public boolean writes() {
        return this == CREATED || this == CHANGED;
    }

    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }
}
