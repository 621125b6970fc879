package io.kairos.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.kairos.model.time.InstantText;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identity of one run. A scheduled run's id is deterministic, {@code <pipelineId>@<instant>} with the
 * scheduled instant in ISO-8601 UTC, so a replayed or failed-over firing yields the same id and the
 * ledger drops the copy. Manual and API runs use a UUID or the caller's idempotency key.
 */
public record RunId(String value) implements Comparable<RunId> {

    public static final int MAX_LENGTH = 256;
    public static final int MAX_KEY_LENGTH = 64;
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_KEY_LENGTH + "}");
    private static final String ALLOWED_PUNCTUATION = "._:@/+-";

    public RunId {
        Objects.requireNonNull(value, "value");
        if (!isAllowed(value)) {
            throw new IllegalArgumentException("run id \"" + value + "\": must be 1-" + MAX_LENGTH
                    + " characters of A-Z, a-z, 0-9 and . _ : @ / + -");
        }
    }

    /** 1-{@value #MAX_LENGTH} characters of A-Z, a-z, 0-9 and {@value #ALLOWED_PUNCTUATION}: checked on every id made. */
    private static boolean isAllowed(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alphanumeric = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alphanumeric && ALLOWED_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The deterministic id of the run a schedule fires for {@code scheduledFor}. */
    public static RunId scheduled(PipelineId pipeline, Instant scheduledFor) {
        return new RunId(pipeline.value() + "@" + InstantText.of(scheduledFor));
    }

    /** A fresh random id, for a manual run without an idempotency key. */
    public static RunId random() {
        return new RunId(UUID.randomUUID().toString());
    }

    /**
     * The id of a run submitted with the caller's idempotency key, {@code <pipelineId>:<key>}: scoped
     * to the pipeline so two tenants' keys never collide, and never equal to a scheduled run's id.
     */
    public static RunId idempotent(PipelineId pipeline, String key) {
        Objects.requireNonNull(key, "key");
        if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("idempotency key \"" + key + "\": must be 1-"
                    + MAX_KEY_LENGTH + " characters of A-Z, a-z, 0-9 and . _ : -");
        }
        return new RunId(pipeline.value() + ":" + key);
    }

    /** A fresh id for a run asked for without an idempotency key, {@code <pipelineId>:<uuid>}. */
    public static RunId onDemand(PipelineId pipeline) {
        return idempotent(pipeline, UUID.randomUUID().toString());
    }

    /**
     * The pipeline this id names: a scheduled run's {@code <pipelineId>@<instant>} or a submitted run's
     * {@code <pipelineId>:<key>}; empty for ids that name none, such as a bare UUID.
     */
    public Optional<PipelineId> namedPipeline() {
        int at = value.indexOf('@');
        int colon = value.indexOf(':');
        int end = at < 0 ? colon : colon < 0 ? at : Math.min(at, colon);
        if (end < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(PipelineId.parse(value.substring(0, end)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @JsonCreator
    public static RunId of(String value) {
        return new RunId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(RunId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
