package io.kairos.model.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What the ledger does with a due run while its pipeline is at {@code maxConcurrentRuns}. */
public enum OverlapPolicy {
    /** Wait in {@code QUEUED} until a run of the pipeline ends. */
    ALLOW("allow"),
    /** End the new run as {@code SKIPPED}, reason {@code overlap}. */
    SKIP("skip"),
    /** Keep only the newest waiting run; older waiting ones are skipped. */
    BUFFER_ONE("buffer-one"),
    /** Keep every waiting run, in order. */
    BUFFER_ALL("buffer-all"),
    /** Cancel the running run and admit the new one. */
    CANCEL_OTHER("cancel-other");

    private final String wireName;

    OverlapPolicy(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static OverlapPolicy parse(String value) {
        return WireNames.parse(OverlapPolicy.class, values(), OverlapPolicy::wireName, value);
    }

    /** The accepted names, for error messages: {@code allow | skip | ...}. */
    public static String choices() {
        return Arrays.stream(values()).map(OverlapPolicy::wireName).collect(Collectors.joining(" | "));
    }
}
