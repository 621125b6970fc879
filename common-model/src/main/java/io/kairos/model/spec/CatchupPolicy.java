package io.kairos.model.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.util.Objects;

/**
 * What the trigger does with scheduled times it missed (outage, restart, resume after pause).
 *
 * @param policy           none, latest or all
 * @param maxCatchupRuns   with {@code all}: at most this many of the newest missed times fire
 * @param startingDeadline missed times older than this are never fired; null means no deadline
 */
public record CatchupPolicy(Mode policy, int maxCatchupRuns, Duration startingDeadline) {

    public static final Mode DEFAULT_MODE = Mode.LATEST;
    public static final int DEFAULT_MAX_CATCHUP_RUNS = 10;
    public static final CatchupPolicy DEFAULT = new CatchupPolicy(DEFAULT_MODE, DEFAULT_MAX_CATCHUP_RUNS, null);

    public CatchupPolicy {
        Objects.requireNonNull(policy, "policy");
        if (maxCatchupRuns < 1) {
            throw new IllegalArgumentException("maxCatchupRuns: must be at least 1, was " + maxCatchupRuns);
        }
        if (startingDeadline != null && (startingDeadline.isNegative() || startingDeadline.isZero())) {
            throw new IllegalArgumentException("startingDeadline: must be positive, was " + startingDeadline);
        }
    }

    /** How many missed times fire. */
    public enum Mode {
        /** None: the schedule resumes with its next time. */
        NONE,
        /** The most recent missed time only. */
        LATEST,
        /** Every missed time, bounded by {@code maxCatchupRuns}. */
        ALL;

        @JsonValue
        public String wireName() {
            return WireNames.of(this);
        }

        @JsonCreator
        public static Mode parse(String value) {
            return WireNames.parse(Mode.class, values(), Mode::wireName, value);
        }
    }
}
