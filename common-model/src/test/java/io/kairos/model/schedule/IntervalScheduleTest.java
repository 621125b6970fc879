package io.kairos.model.schedule;

import static io.kairos.model.schedule.Instants.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntervalScheduleTest {

    private static final Instant ANCHOR = at("2026-01-01T00:00:07Z");
    private final IntervalSchedule everyFifteenMinutes = new IntervalSchedule(Duration.ofMinutes(15), ANCHOR);

    @Test
    void firesFirstAtTheAnchorWhenAskedFromBeforeIt() {
        assertThat(everyFifteenMinutes.nextAfter(at("2025-06-01T00:00Z"))).contains(ANCHOR);
    }

    @Test
    void firesAtAnchorPlusWholePeriods() {
        assertThat(everyFifteenMinutes.nextAfter(ANCHOR)).contains(at("2026-01-01T00:15:07Z"));
        assertThat(everyFifteenMinutes.nextAfter(at("2026-01-01T00:20Z"))).contains(at("2026-01-01T00:30:07Z"));
    }

    @Test
    void neverDriftsAfterManyPeriods() {
        Instant thousandth = ANCHOR.plus(Duration.ofMinutes(15).multipliedBy(100_000));

        assertThat(everyFifteenMinutes.nextAfter(thousandth.minusNanos(1))).contains(thousandth);
    }

    @Test
    void latestAtOrBeforeIsTheLastWholePeriodAndNothingBeforeTheAnchor() {
        assertThat(everyFifteenMinutes.latestAtOrBefore(at("2026-01-01T00:44Z"))).contains(at("2026-01-01T00:30:07Z"));
        assertThat(everyFifteenMinutes.latestAtOrBefore(ANCHOR)).contains(ANCHOR);
        assertThat(everyFifteenMinutes.latestAtOrBefore(ANCHOR.minusNanos(1))).isEmpty();
    }

    @Test
    void countsElapsedTimeAcrossAFallBack() {
        IntervalSchedule hourly = IntervalSchedule.every(Duration.ofHours(1));

        assertThat(hourly.firesBetween(at("2026-11-01T00:30-04:00"), at("2026-11-01T02:30-05:00")))
                .containsExactly(at("2026-11-01T01:00-04:00"), at("2026-11-01T01:00-05:00"), at("2026-11-01T02:00-05:00"));
    }

    @Test
    void refusesAPeriodShorterThanOneSecond() {
        assertThatThrownBy(() -> new IntervalSchedule(Duration.ofMillis(999), ANCHOR))
                .isInstanceOf(ScheduleException.class)
                .hasMessage("interval must be at least 1 second, was PT0.999S");
    }
}
