package io.kairos.worker.execution;

import java.util.Objects;

/**
 * How an attempt ended by itself: success, or failure with the reason. {@code summary} is the tail of
 * its output (at most {@link OutputTail#DEFAULT_CAPACITY} bytes), or null.
 */
public record ExecutionResult(boolean isSuccess, String error, String summary) {

    public ExecutionResult {
        if (!isSuccess) {
            Objects.requireNonNull(error, "error");
        }
    }

    public static ExecutionResult succeeded(String summary) {
        return new ExecutionResult(true, null, summary);
    }

    public static ExecutionResult failed(String error, String summary) {
        return new ExecutionResult(false, error, summary);
    }
}
