package io.kairos.model.schedule;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Writes expected fire times as wall time with an explicit offset, as a person computes them. */
final class Instants {

    private Instants() {
    }

    /** {@code at("2026-03-08T03:00-04:00")}: the instant shown by that wall time and offset. */
    static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
