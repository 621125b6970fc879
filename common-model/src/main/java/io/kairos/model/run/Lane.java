package io.kairos.model.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.kairos.model.spec.WireNames;

/**
 * A priority lane of a queue: each lane is its own topic, and an executor with a free slot always
 * takes from the highest non-empty lane. Priorities 0-10 map onto lanes: 8 and above high, 4-7
 * normal, 3 and below low.
 */
public enum Lane {
    HIGH,
    NORMAL,
    LOW;

    public static final int HIGH_FROM_PRIORITY = 8;
    public static final int NORMAL_FROM_PRIORITY = 4;

    public static Lane forPriority(int priority) {
        if (priority >= HIGH_FROM_PRIORITY) {
            return HIGH;
        }
        return priority >= NORMAL_FROM_PRIORITY ? NORMAL : LOW;
    }

    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }

    @JsonCreator
    public static Lane parse(String value) {
        return WireNames.parse(Lane.class, values(), Lane::wireName, value);
    }
}
