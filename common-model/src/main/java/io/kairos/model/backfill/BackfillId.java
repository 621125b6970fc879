package io.kairos.model.backfill;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.kairos.model.id.PipelineId;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identity of one backfill, {@code <pipelineId>~<key>}: it names its pipeline, so a command about it
 * is keyed by that pipeline and reaches the ledger task that holds the backfill's runs.
 */
public record BackfillId(PipelineId pipeline, String key) {

    public static final String SEPARATOR = "~";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int RANDOM_KEY_LENGTH = 12;

    public BackfillId {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("backfill key \"" + key + "\": must be 1-64 characters of A-Z, a-z, 0-9 and . _ -");
        }
    }

    /** A fresh id for a new backfill of {@code pipeline}. */
    public static BackfillId random(PipelineId pipeline) {
        return new BackfillId(pipeline, "bf-" + UUID.randomUUID().toString().replace("-", "").substring(0, RANDOM_KEY_LENGTH));
    }

    @JsonCreator
    public static BackfillId parse(String value) {
        int separator = value == null ? -1 : value.lastIndexOf(SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException("backfill id \"" + value + "\": expected <tenant>/<name>~<key>");
        }
        return new BackfillId(PipelineId.parse(value.substring(0, separator)), value.substring(separator + 1));
    }

    @JsonValue
    public String value() {
        return pipeline.value() + SEPARATOR + key;
    }

    @Override
    public String toString() {
        return value();
    }
}
