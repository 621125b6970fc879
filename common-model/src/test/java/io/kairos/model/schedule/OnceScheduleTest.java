package io.kairos.model.schedule;

import static io.kairos.model.schedule.Instants.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OnceScheduleTest {

    private static final Instant AT = at("2026-12-01T09:00Z");
    private final OnceSchedule once = new OnceSchedule(AT);

    @Test
    void firesOnceAtItsInstant() {
        assertThat(once.nextAfter(AT.minusSeconds(1))).contains(AT);
        assertThat(once.nextAfter(AT)).isEmpty();
    }

    @Test
    void latestAtOrBeforeIsItsInstantOnceReached() {
        assertThat(once.latestAtOrBefore(AT.minusNanos(1))).isEmpty();
        assertThat(once.latestAtOrBefore(AT)).contains(AT);
        assertThat(once.latestAtOrBefore(AT.plusSeconds(3600))).contains(AT);
    }
}
