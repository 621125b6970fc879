package io.kairos.model.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.kairos.model.spec.WireNames;

/** Why a run ended {@link RunState#SKIPPED} without executing. */
public enum SkipReason {
    /** The pipeline was paused at the scheduled time. */
    PAUSED,
    /** The scheduled time was older than the pipeline's starting deadline when it could fire. */
    LATE,
    /** A missed time that the pipeline's catch-up policy does not fire. */
    CATCHUP_POLICY,
    /** The pipeline was at its concurrency limit and its overlap policy skips. */
    OVERLAP,
    /** A newer waiting run replaced this one (overlap {@code buffer-one}). */
    SUPERSEDED,
    /** The tenant's quota was used up. */
    QUOTA;

    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }

    @JsonCreator
    public static SkipReason parse(String value) {
        return WireNames.parse(SkipReason.class, values(), SkipReason::wireName, value);
    }
}
