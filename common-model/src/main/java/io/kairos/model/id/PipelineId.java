package io.kairos.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identity of a pipeline: {@code <tenant>/<name>}.
 *
 * <p>The tenant is 1-63 characters of lower-case letters, digits and '-', starting with a letter or
 * digit. The name is 1-128 characters of letters, digits, '-', '_' and '.', starting with a letter or
 * digit. The id is the Kafka key of every control topic, so it never holds spaces or other separators.
 */
public record PipelineId(String tenant, String name) implements Comparable<PipelineId> {

    public static final int MAX_TENANT_LENGTH = 63;
    public static final int MAX_NAME_LENGTH = 128;
    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    public PipelineId {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(name, "name");
        if (!TENANT.matcher(tenant).matches()) {
            throw new IllegalArgumentException("tenant \"" + tenant + "\": must be 1-" + MAX_TENANT_LENGTH
                    + " characters of a-z, 0-9 and '-', starting with a letter or digit");
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name \"" + name + "\": must be 1-" + MAX_NAME_LENGTH
                    + " characters of A-Z, a-z, 0-9, '.', '_' and '-', starting with a letter or digit");
        }
    }

    /** Parses {@code <tenant>/<name>}; the message of a refusal names the part that is wrong. */
    @JsonCreator
    public static PipelineId parse(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("pipeline id is empty: expected <tenant>/<name>");
        }
        int slash = value.indexOf('/');
        if (slash < 0 || slash != value.lastIndexOf('/')) {
            throw new IllegalArgumentException("pipeline id \"" + value + "\": expected exactly one '/' as in <tenant>/<name>");
        }
        try {
            return new PipelineId(value.substring(0, slash), value.substring(slash + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pipeline id \"" + value + "\": " + e.getMessage(), e);
        }
    }

    public static PipelineId of(String tenant, String name) {
        return new PipelineId(tenant, name);
    }

    @JsonValue
    public String value() {
        return tenant + "/" + name;
    }

    @Override
    public int compareTo(PipelineId other) {
        return value().compareTo(other.value());
    }

    @Override
    public String toString() {
        return value();
    }
}
