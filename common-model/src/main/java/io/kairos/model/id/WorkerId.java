package io.kairos.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** Identity of one executor instance; the key of {@code kairos.workers} and {@code kairos.worker-control}. */
public record WorkerId(String value) implements Comparable<WorkerId> {

    public static final int MAX_LENGTH = 128;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    public WorkerId {
        Objects.requireNonNull(value, "value");
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("worker id \"" + value + "\": must be 1-" + MAX_LENGTH
                    + " characters of A-Z, a-z, 0-9 and . _ : -");
        }
    }

    /** A new id for an instance on {@code host}: the host name plus a short random suffix. */
    public static WorkerId generate(String host) {
        String safeHost = host.replaceAll("[^A-Za-z0-9.-]", "-");
        if (safeHost.length() > 100) {
            safeHost = safeHost.substring(0, 100);
        }
        return new WorkerId(safeHost + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @JsonCreator
    public static WorkerId of(String value) {
        return new WorkerId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(WorkerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
