package io.kairos.model.schedule;

import static io.kairos.model.schedule.Instants.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Fires at real 2026 transitions. Fixed-time crons follow the gap and overlap policies; repeating
 * crons (a '*' in the minute or hour) follow the clock and stay regular in elapsed time.
 */
class CronScheduleDstTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

    private static CronSchedule cron(String expression, ZoneId zone, DstGapPolicy gap, DstOverlapPolicy overlap) {
        return CronSchedule.parse(expression, zone, gap, overlap);
    }

    /** 2026-03-08: 02:00 EST becomes 03:00 EDT; wall times 02:00-02:59 do not exist. */
    @Nested
    class NewYorkSpringForward {

        @Test
        void fixedTimeInTheGapShiftsToTheFirstInstantAfterIt() {
            CronSchedule schedule = cron("30 2 * * *", NEW_YORK, DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST);

            assertThat(schedule.firesBetween(at("2026-03-07T12:00-05:00"), at("2026-03-09T12:00-04:00")))
                    .containsExactly(at("2026-03-08T03:00-04:00"), at("2026-03-09T02:30-04:00"));
        }

        @Test
        void fixedTimeInTheGapDoesNotFireWithSkip() {
            CronSchedule schedule = cron("30 2 * * *", NEW_YORK, DstGapPolicy.SKIP, DstOverlapPolicy.FIRST);

            assertThat(schedule.nextAfter(at("2026-03-07T12:00-05:00"))).contains(at("2026-03-09T02:30-04:00"));
        }

        @Test
        void fixedTimesThatAllFallInTheGapShiftToOneFire() {
            CronSchedule schedule = cron("0,30 2 * * *", NEW_YORK, DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST);

            assertThat(schedule.firesBetween(at("2026-03-08T00:00-05:00"), at("2026-03-08T23:00-04:00")))
                    .containsExactly(at("2026-03-08T03:00-04:00"));
        }

        @Test
        void hourlyCronFiresEverySixtyMinutesAcrossTheGap() {
            CronSchedule schedule = cron("0 * * * *", NEW_YORK, DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST);

            assertThat(schedule.firesBetween(at("2026-03-08T00:30-05:00"), at("2026-03-08T04:30-04:00")))
                    .containsExactly(at("2026-03-08T01:00-05:00"), at("2026-03-08T03:00-04:00"), at("2026-03-08T04:00-04:00"));
        }

        @Test
        void hourlyCronAtHalfPastSkipsTheMissingWallTimeInsteadOfFiringEarlyAtThree() {
            CronSchedule schedule = cron("30 * * * *", NEW_YORK, DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST);

            assertThat(schedule.firesBetween(at("2026-03-08T01:00-05:00"), at("2026-03-08T04:00-04:00")))
                    .containsExactly(at("2026-03-08T01:30-05:00"), at("2026-03-08T03:30-04:00"));
        }

        @Test
        void quarterHourlyCronKeepsFifteenMinuteStepsWhateverTheGapPolicy() {
            for (DstGapPolicy gap : DstGapPolicy.values()) {
                CronSchedule schedule = cron("*/15 * * * *", NEW_YORK, gap, DstOverlapPolicy.FIRST);

                assertThat(schedule.firesBetween(at("2026-03-08T01:30-05:00"), at("2026-03-08T03:15-04:00")))
                        .containsExactly(at("2026-03-08T01:45-05:00"), at("2026-03-08T03:00-04:00"), at("2026-03-08T03:15-04:00"));
            }
        }
    }

    /** 2026-11-01: 02:00 EDT becomes 01:00 EST; wall times 01:00-01:59 happen twice. */
    @Nested
    class NewYorkFallBack {

        @Test
        void fixedTimeInTheOverlapFiresOnlyAtTheFirstOccurrence() {
            CronSchedule schedule = cron("30 1 * * *", NEW_YORK, DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST);

            assertThat(schedule.firesBetween(at("2026-10-31T12:00-04:00"), at("2026-11-02T12:00-05:00")))
                    .containsExactly(at("2026-11-01T01:30-04:00"), at("2026-11-02T01:30-05:00"));
        }

        @Test
        void fixedTimeInTheOverlapFiresAtBothOccurrencesWithBoth() {
            CronSchedule schedule = cron("30 1 * * *", NEW_YORK, DstGapPolicy.SHIFT, DstOverlapPolicy.BOTH);

            assertThat(schedule.firesBetween(at("2026-10-31T12:00-04:00"), at("2026-11-02T12:00-05:00")))
                    .containsExactly(at("2026-11-01T01:30-04:00"), at("2026-11-01T01:30-05:00"), at("2026-11-02T01:30-05:00"));
        }

        @Test
        void fromInsideTheSecondOccurrenceFirstPolicyWaitsForTheNextDay() {
            CronSchedule schedule = cron("30 1 * * *", NEW_YORK, DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST);

            assertThat(schedule.nextAfter(at("2026-11-01T01:10-05:00"))).contains(at("2026-11-02T01:30-05:00"));
        }

        @Test
        void fromAfterTheWallTimeInTheFirstOccurrenceBothPolicyStillFiresAtItsRepeat() {
            CronSchedule schedule = cron("30 1 * * *", NEW_YORK, DstGapPolicy.SHIFT, DstOverlapPolicy.BOTH);

            assertThat(schedule.nextAfter(at("2026-11-01T01:40-04:00"))).contains(at("2026-11-01T01:30-05:00"));
        }

        @Test
        void fixedTimeJustAfterTheOverlapHappensOnceAndFiresOnce() {
            CronSchedule schedule = cron("0 2 * * *", NEW_YORK, DstGapPolicy.SHIFT, DstOverlapPolicy.BOTH);

            assertThat(schedule.firesBetween(at("2026-10-31T12:00-04:00"), at("2026-11-01T12:00-05:00")))
                    .containsExactly(at("2026-11-01T02:00-05:00"));
        }

        @Test
        void hourlyCronFiresInBothRepeatedHoursEvenWithFirst() {
            CronSchedule schedule = cron("0 * * * *", NEW_YORK, DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST);

            assertThat(schedule.firesBetween(at("2026-11-01T00:30-04:00"), at("2026-11-01T02:30-05:00")))
                    .containsExactly(at("2026-11-01T01:00-04:00"), at("2026-11-01T01:00-05:00"), at("2026-11-01T02:00-05:00"));
        }

        @Test
        void quarterHourlyCronKeepsElapsedOrderWhenWallTimesRepeat() {
            CronSchedule schedule = cron("*/15 * * * *", NEW_YORK, DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST);

            assertThat(schedule.firesBetween(at("2026-11-01T01:40-04:00"), at("2026-11-01T01:15-05:00")))
                    .containsExactly(at("2026-11-01T01:45-04:00"), at("2026-11-01T01:00-05:00"), at("2026-11-01T01:15-05:00"));
        }
    }

    /** 2026-03-29 01:00 GMT becomes 02:00 BST; 2026-10-25 02:00 BST becomes 01:00 GMT. */
    @Nested
    class London {

        @Test
        void fixedTimeInTheSpringGapShiftsToTwoBritishSummerTime() {
            CronSchedule schedule = cron("30 1 * * *", LONDON, DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST);

            assertThat(schedule.nextAfter(at("2026-03-28T12:00Z"))).contains(at("2026-03-29T02:00+01:00"));
        }

        @Test
        void fixedTimeInTheAutumnOverlapFiresInSummerTimeOnlyWithFirst() {
            CronSchedule schedule = cron("30 1 * * *", LONDON, DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST);

            assertThat(schedule.firesBetween(at("2026-10-24T12:00+01:00"), at("2026-10-25T12:00Z")))
                    .containsExactly(at("2026-10-25T01:30+01:00"));
        }

        @Test
        void fixedTimeInTheAutumnOverlapFiresInSummerAndWinterTimeWithBoth() {
            CronSchedule schedule = cron("30 1 * * *", LONDON, DstGapPolicy.SHIFT, DstOverlapPolicy.BOTH);

            assertThat(schedule.firesBetween(at("2026-10-24T12:00+01:00"), at("2026-10-25T12:00Z")))
                    .containsExactly(at("2026-10-25T01:30+01:00"), at("2026-10-25T01:30Z"));
        }
    }

    /** Half-hour shifts: 2026-04-05 02:00 (+11) becomes 01:30 (+10:30); 2026-10-04 02:00 (+10:30) becomes 02:30 (+11). */
    @Nested
    class LordHowe {

        @Test
        void fixedTimeInTheHalfHourGapShiftsToHalfPastTwo() {
            CronSchedule schedule = cron("15 2 * * *", LORD_HOWE, DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST);

            assertThat(schedule.nextAfter(at("2026-10-03T12:00+10:30"))).contains(at("2026-10-04T02:30+11:00"));
        }

        @Test
        void fixedTimeInTheHalfHourGapWaitsForTheNextDayWithSkip() {
            CronSchedule schedule = cron("15 2 * * *", LORD_HOWE, DstGapPolicy.SKIP, DstOverlapPolicy.FIRST);

            assertThat(schedule.nextAfter(at("2026-10-03T12:00+10:30"))).contains(at("2026-10-05T02:15+11:00"));
        }

        @Test
        void hourlyCronSkipsTwoOClockWhichTheClockNeverShows() {
            CronSchedule schedule = cron("0 * * * *", LORD_HOWE, DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST);

            assertThat(schedule.firesBetween(at("2026-10-04T00:30+10:30"), at("2026-10-04T03:00+11:00")))
                    .containsExactly(at("2026-10-04T01:00+10:30"), at("2026-10-04T03:00+11:00"));
        }

        @Test
        void fixedTimeInTheHalfHourOverlapFiresOnceWithFirstAndTwiceWithBoth() {
            CronSchedule first = cron("45 1 * * *", LORD_HOWE, DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST);
            CronSchedule both = cron("45 1 * * *", LORD_HOWE, DstGapPolicy.SHIFT, DstOverlapPolicy.BOTH);

            assertThat(first.firesBetween(at("2026-04-04T12:00+11:00"), at("2026-04-05T12:00+10:30")))
                    .containsExactly(at("2026-04-05T01:45+11:00"));
            assertThat(both.firesBetween(at("2026-04-04T12:00+11:00"), at("2026-04-05T12:00+10:30")))
                    .containsExactly(at("2026-04-05T01:45+11:00"), at("2026-04-05T01:45+10:30"));
        }

        @Test
        void quarterHourlyCronFiresEveryFifteenMinutesThroughTheRepeatedHalfHour() {
            CronSchedule schedule = cron("*/15 * * * *", LORD_HOWE, DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST);

            assertThat(schedule.firesBetween(at("2026-04-05T01:20+11:00"), at("2026-04-05T02:00+10:30")))
                    .containsExactly(at("2026-04-05T01:30+11:00"), at("2026-04-05T01:45+11:00"),
                            at("2026-04-05T01:30+10:30"), at("2026-04-05T01:45+10:30"), at("2026-04-05T02:00+10:30"));
        }
    }

    @Nested
    class ZonesWithoutDst {

        @Test
        void tokyoMorningCronFiresEveryTwentyFourHours() {
            CronSchedule schedule = CronSchedule.parse("0 9 * * *", ZoneId.of("Asia/Tokyo"));

            assertThat(schedule.firesBetween(at("2026-03-07T00:00Z"), at("2026-03-10T00:00Z")))
                    .containsExactly(at("2026-03-08T00:00Z"), at("2026-03-09T00:00Z"), at("2026-03-10T00:00Z"));
        }

        @Test
        void utcDailyCronIsUnaffectedByOtherZonesTransitions() {
            CronSchedule schedule = CronSchedule.parse("@daily", ZoneId.of("UTC"));

            assertThat(schedule.firesBetween(at("2026-11-01T00:00Z"), at("2026-11-03T00:00Z")))
                    .containsExactly(at("2026-11-02T00:00Z"), at("2026-11-03T00:00Z"));
        }
    }
}
