package io.kairos.model.backfill;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.kairos.model.run.RunState;
import io.kairos.model.spec.WireNames;

/** Which runs a backfill runs again when the ledger already holds them; any run that has not ended is always kept. */
public enum Reprocess {
    /** Keep every run the ledger holds. */
    NONE,
    /** Run again the runs that ended FAILED or TIMED_OUT. */
    FAILED,
    /** Run again every run that has ended. */
    ALL;

    public boolean covers(RunState held) {
        return switch (this) {
            case NONE -> false;
            case FAILED -> held == RunState.FAILED || held == RunState.TIMED_OUT;
            case ALL -> held.isTerminal();
        };
    }

    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }

    @JsonCreator
    public static Reprocess parse(String value) {
        return WireNames.parse(Reprocess.class, values(), Reprocess::wireName, value);
    }
}
