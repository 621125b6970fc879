package io.kairos.model.schedule;

import static io.kairos.model.schedule.Instants.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CronScheduleCalendarTest {

    private static CronSchedule utc(String expression) {
        return CronSchedule.parse(expression, ZoneOffset.UTC);
    }

    @Test
    void thirtyFirstOfTheMonthSkipsMonthsWithFewerDays() {
        assertThat(utc("0 0 31 * *").firesBetween(at("2026-01-31T00:00Z"), at("2026-08-31T00:00Z")))
                .containsExactly(at("2026-03-31T00:00Z"), at("2026-05-31T00:00Z"), at("2026-07-31T00:00Z"), at("2026-08-31T00:00Z"));
    }

    @Test
    void leapDayFiresNextIn2028() {
        assertThat(utc("0 0 29 2 *").nextAfter(at("2026-01-01T00:00Z"))).contains(at("2028-02-29T00:00Z"));
    }

    @Test
    void leapDaySkipsTheCenturyYearThatIsNotLeap() {
        assertThat(utc("0 0 29 2 *").nextAfter(at("2096-02-29T00:00Z"))).contains(at("2104-02-29T00:00Z"));
    }

    @Test
    void yearlyAndAnnuallyFireAtMidnightOnTheFirstOfJanuary() {
        assertThat(utc("@yearly").nextAfter(at("2026-01-01T00:00Z"))).contains(at("2027-01-01T00:00Z"));
        assertThat(utc("@annually").nextAfter(at("2026-06-15T10:00Z"))).contains(at("2027-01-01T00:00Z"));
    }

    @Test
    void macrosExpandToTheirUnixMeaning() {
        assertThat(utc("@monthly").nextAfter(at("2026-01-15T00:00Z"))).contains(at("2026-02-01T00:00Z"));
        assertThat(utc("@weekly").nextAfter(at("2026-01-01T00:00Z"))).contains(at("2026-01-04T00:00Z"));
        assertThat(utc("@daily").nextAfter(at("2026-01-01T10:00Z"))).contains(at("2026-01-02T00:00Z"));
        assertThat(utc("@midnight").nextAfter(at("2026-01-01T10:00Z"))).contains(at("2026-01-02T00:00Z"));
        assertThat(utc("@hourly").nextAfter(at("2026-01-01T10:20Z"))).contains(at("2026-01-01T11:00Z"));
    }

    @Test
    void sixFieldCronReadsSecondsFirst() {
        assertThat(utc("*/10 * * * * *").firesBetween(at("2026-01-01T00:00:00Z"), at("2026-01-01T00:00:30Z")))
                .containsExactly(at("2026-01-01T00:00:10Z"), at("2026-01-01T00:00:20Z"), at("2026-01-01T00:00:30Z"));
        assertThat(utc("30 0 12 * * *").nextAfter(at("2026-01-01T00:00Z"))).contains(at("2026-01-01T12:00:30Z"));
    }

    @Test
    void restrictedDayOfMonthAndDayOfWeekFireOnEitherAsInUnixCron() {
        assertThat(utc("0 0 13 * 5").firesBetween(at("2026-01-01T00:00Z"), at("2026-01-16T00:00Z")))
                .containsExactly(at("2026-01-02T00:00Z"), at("2026-01-09T00:00Z"), at("2026-01-13T00:00Z"), at("2026-01-16T00:00Z"));
    }

    @Test
    void dayOfWeekSevenAndZeroAndNamesAllMeanSunday() {
        assertThat(utc("0 0 * * 7").nextAfter(at("2026-01-01T00:00Z"))).contains(at("2026-01-04T00:00Z"));
        assertThat(utc("0 0 * * 0").nextAfter(at("2026-01-01T00:00Z"))).contains(at("2026-01-04T00:00Z"));
        assertThat(utc("0 0 * JAN SUN").nextAfter(at("2026-01-01T00:00Z"))).contains(at("2026-01-04T00:00Z"));
    }

    @Test
    void nextAfterIsStrictlyAfterItsArgument() {
        assertThat(utc("0 * * * *").nextAfter(at("2026-01-01T10:00Z"))).contains(at("2026-01-01T11:00Z"));
    }

    @Test
    void nextAfterAnInstantWithNanosecondsIsTheNextWholeFire() {
        assertThat(utc("* * * * *").nextAfter(at("2026-01-01T10:00:00.5Z"))).contains(at("2026-01-01T10:01Z"));
        assertThat(utc("* * * * *").nextAfter(at("2026-01-01T10:00:59.999999999Z"))).contains(at("2026-01-01T10:01Z"));
    }

    @Test
    void fixedTimeAndRepeatingAreToldApartByTheTimeOfDayFields() {
        assertThat(utc("30 2 * * *").isFixedTime()).isTrue();
        assertThat(utc("@daily").isFixedTime()).isTrue();
        assertThat(utc("0 0 9 * * 1-5").isFixedTime()).isTrue();
        assertThat(utc("0 * * * *").isFixedTime()).isFalse();
        assertThat(utc("@hourly").isFixedTime()).isFalse();
        assertThat(utc("*/5 9-17 * * *").isFixedTime()).isFalse();
        assertThat(utc("*/10 0 2 * * *").isFixedTime()).isFalse();
    }

    @Test
    void schedulesWrittenAlikeAreEqual() {
        assertThat(utc(" 0 * * * * ")).isEqualTo(utc("0 * * * *")).hasSameHashCodeAs(utc("0 * * * *"));
        assertThat(utc("0 * * * *").expression()).isEqualTo("0 * * * *");
        assertThat(utc("0 * * * *")).isNotEqualTo(CronSchedule.parse("0 * * * *", java.time.ZoneId.of("Europe/London")));
        assertThat(utc("0 * * * *")).isNotEqualTo(
                CronSchedule.parse("0 * * * *", ZoneOffset.UTC, DstGapPolicy.SKIP, DstOverlapPolicy.FIRST));
    }
}
