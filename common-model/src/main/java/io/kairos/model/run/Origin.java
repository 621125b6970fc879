package io.kairos.model.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.kairos.model.spec.WireNames;

/** Where a run-request came from. */
public enum Origin {
    /** The trigger, at a scheduled time. */
    SCHEDULE,
    /** The trigger, for a scheduled time missed during an outage or a pause. */
    CATCHUP,
    /** An operator, through kairosctl. */
    MANUAL,
    /** A backfill over a range of scheduled times. */
    BACKFILL,
    /** A program, through the HTTP API. */
    API;

    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }

    @JsonCreator
    public static Origin parse(String value) {
        return WireNames.parse(Origin.class, values(), Origin::wireName, value);
    }
}
