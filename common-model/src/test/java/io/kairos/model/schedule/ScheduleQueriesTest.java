package io.kairos.model.schedule;

import static io.kairos.model.schedule.Instants.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** firesBetween bounds and latestAtOrBefore, shared by every kind of schedule. */
class ScheduleQueriesTest {

    private final Schedule hourly = CronSchedule.parse("0 * * * *", ZoneOffset.UTC);

    @Test
    void firesBetweenExcludesFromAndIncludesTo() {
        assertThat(hourly.firesBetween(at("2026-01-01T10:00Z"), at("2026-01-01T12:00Z")))
                .containsExactly(at("2026-01-01T11:00Z"), at("2026-01-01T12:00Z"));
    }

    @Test
    void firesBetweenAnEmptyRangeIsEmpty() {
        assertThat(hourly.firesBetween(at("2026-01-01T10:00Z"), at("2026-01-01T10:00Z"))).isEmpty();
    }

    @Test
    void firesBetweenWithALimitReturnsTheEarliestFires() {
        assertThat(hourly.firesBetween(at("2026-01-01T10:00Z"), at("2027-01-01T00:00Z"), 2))
                .containsExactly(at("2026-01-01T11:00Z"), at("2026-01-01T12:00Z"));
    }

    @Test
    void firesBetweenRefusesARangeHoldingTooManyFires() {
        Schedule everySecond = CronSchedule.parse("* * * * * *", ZoneOffset.UTC);

        assertThatThrownBy(() -> everySecond.firesBetween(at("2026-01-01T00:00Z"), at("2026-01-02T00:00Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 10000 fires");
    }

    @Test
    void latestAtOrBeforeIncludesAFireAtTheInstant() {
        assertThat(hourly.latestAtOrBefore(at("2026-01-01T10:00Z"))).contains(at("2026-01-01T10:00Z"));
        assertThat(hourly.latestAtOrBefore(at("2026-01-01T10:59:59.999Z"))).contains(at("2026-01-01T10:00Z"));
    }

    @Test
    void latestAtOrBeforeFindsAFireYearsBack() {
        Schedule leapDay = CronSchedule.parse("0 0 29 2 *", ZoneOffset.UTC);

        assertThat(leapDay.latestAtOrBefore(at("2027-06-01T00:00Z"))).contains(at("2024-02-29T00:00Z"));
    }

    @Test
    void latestAtOrBeforeInTheRepeatedHourIsTheSecondOccurrenceWithBoth() {
        Schedule both = CronSchedule.parse("30 1 * * *", ZoneId.of("America/New_York"), DstGapPolicy.SHIFT, DstOverlapPolicy.BOTH);

        assertThat(both.latestAtOrBefore(at("2026-11-01T01:45-05:00"))).contains(at("2026-11-01T01:30-05:00"));
    }

    @Test
    void latestAtOrBeforeIsEmptyBeforeTheFirstFire() {
        assertThat(new OnceSchedule(at("2026-01-01T00:00Z")).latestAtOrBefore(at("2025-01-01T00:00Z"))).isEmpty();
    }
}
