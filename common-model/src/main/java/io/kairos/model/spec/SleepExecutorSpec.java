package io.kairos.model.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.util.Objects;

/** Waits {@code duration}, then fails with probability {@code failureRate}: for demos, tests and benchmarks. */
public record SleepExecutorSpec(Duration duration, double failureRate) implements ExecutorSpec {

    public SleepExecutorSpec {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration: must not be negative, was " + duration);
        }
        if (!(failureRate >= 0.0 && failureRate <= 1.0)) {
            throw new IllegalArgumentException("failureRate: must be between 0 and 1, was " + failureRate);
        }
    }

    @JsonIgnore
    @Override
    public String type() {
        return "sleep";
    }
}
