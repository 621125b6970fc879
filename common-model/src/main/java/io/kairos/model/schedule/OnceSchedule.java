package io.kairos.model.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Fires exactly once, at {@code at}. */
public record OnceSchedule(Instant at) implements Schedule {

    public OnceSchedule {
        Objects.requireNonNull(at, "at");
    }

    @Override
    public Optional<Instant> nextAfter(Instant instant) {
        return at.isAfter(instant) ? Optional.of(at) : Optional.empty();
    }

    @Override
    public Optional<Instant> latestAtOrBefore(Instant instant) {
        return at.isAfter(instant) ? Optional.empty() : Optional.of(at);
    }
}
