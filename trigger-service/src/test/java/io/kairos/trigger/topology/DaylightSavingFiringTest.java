package io.kairos.trigger.topology;

import static io.kairos.trigger.Pipelines.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.schedule.DstGapPolicy;
import io.kairos.model.schedule.DstOverlapPolicy;
import io.kairos.model.spec.PipelineSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which instants fire around DST changes, as docs/schedules.md describes, with the trigger running live. */
class DaylightSavingFiringTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration STEP = Duration.ofMinutes(1);

    @TempDir
    Path stateDir;

    private List<String> firesOf(PipelineSpec spec, String from, String until) {
        try (TriggerDriver trigger = new TriggerDriver(stateDir, Instant.parse(from))) {
            trigger.publish(spec).runUntil(Instant.parse(until), STEP);
            return trigger.runRequests().stream().map(request -> request.scheduledFor().toString()).toList();
        }
    }

    private static PipelineSpec fixedTime(ZoneId zone, String cron, DstGapPolicy gap, DstOverlapPolicy overlap) {
        return aPipeline().timezone(zone).cron(cron, gap, overlap).build();
    }

    private static PipelineSpec repeating(ZoneId zone, String cron) {
        return aPipeline().timezone(zone).cron(cron).build();
    }

    @Nested
    class NewYorkSpringForward {

        private static final String FROM = "2026-03-08T05:30:00Z";
        private static final String UNTIL = "2026-03-08T08:30:00Z";

        @Test
        void aFixedTimeInTheGapShiftsToTheFirstInstantAfterIt() {
            assertThat(firesOf(fixedTime(NEW_YORK, "30 2 * * *", DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST), FROM, UNTIL))
                    .containsExactly("2026-03-08T07:00:00Z");
        }

        @Test
        void aFixedTimeInTheGapDoesNotFireThatDayWithSkip() {
            assertThat(firesOf(fixedTime(NEW_YORK, "30 2 * * *", DstGapPolicy.SKIP, DstOverlapPolicy.FIRST), FROM, UNTIL))
                    .isEmpty();
        }

        @Test
        void anHourlyCronFiresEverySixtyMinutesOfRealTime() {
            assertThat(firesOf(repeating(NEW_YORK, "0 * * * *"), FROM, UNTIL))
                    .containsExactly("2026-03-08T06:00:00Z", "2026-03-08T07:00:00Z", "2026-03-08T08:00:00Z");
        }
    }

    @Nested
    class NewYorkFallBack {

        private static final String FROM = "2026-11-01T04:30:00Z";
        private static final String UNTIL = "2026-11-01T07:30:00Z";

        @Test
        void aFixedTimeHappeningTwiceFiresOnceAtTheFirstOccurrence() {
            assertThat(firesOf(fixedTime(NEW_YORK, "30 1 * * *", DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST), FROM, UNTIL))
                    .containsExactly("2026-11-01T05:30:00Z");
        }

        @Test
        void aFixedTimeHappeningTwiceFiresAtBothWithBoth() {
            assertThat(firesOf(fixedTime(NEW_YORK, "30 1 * * *", DstGapPolicy.SHIFT, DstOverlapPolicy.BOTH), FROM, UNTIL))
                    .containsExactly("2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z");
        }

        @Test
        void anHourlyCronFiresAtEachOccurrenceOfTheRepeatedHour() {
            assertThat(firesOf(repeating(NEW_YORK, "0 * * * *"), FROM, UNTIL))
                    .containsExactly("2026-11-01T05:00:00Z", "2026-11-01T06:00:00Z", "2026-11-01T07:00:00Z");
        }
    }

    @Nested
    class LondonSpringForward {

        private static final String FROM = "2026-03-28T23:45:00Z";
        private static final String UNTIL = "2026-03-29T01:45:00Z";

        @Test
        void aFixedTimeInTheGapShiftsToTheFirstInstantAfterIt() {
            assertThat(firesOf(fixedTime(LONDON, "30 1 * * *", DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST), FROM, UNTIL))
                    .containsExactly("2026-03-29T01:00:00Z");
        }

        @Test
        void aHalfHourlyCronSkipsTheWallTimesTheClockNeverShows() {
            assertThat(firesOf(repeating(LONDON, "*/30 * * * *"), FROM, UNTIL)).containsExactly(
                    "2026-03-29T00:00:00Z", "2026-03-29T00:30:00Z", "2026-03-29T01:00:00Z", "2026-03-29T01:30:00Z");
        }
    }

    @Nested
    class LondonFallBack {

        private static final String FROM = "2026-10-24T23:45:00Z";
        private static final String UNTIL = "2026-10-25T02:15:00Z";

        @Test
        void aFixedTimeHappeningTwiceFiresOnceAtTheFirstOccurrence() {
            assertThat(firesOf(fixedTime(LONDON, "30 1 * * *", DstGapPolicy.SHIFT, DstOverlapPolicy.FIRST), FROM, UNTIL))
                    .containsExactly("2026-10-25T00:30:00Z");
        }

        @Test
        void aFixedTimeHappeningTwiceFiresAtBothWithBoth() {
            assertThat(firesOf(fixedTime(LONDON, "30 1 * * *", DstGapPolicy.SHIFT, DstOverlapPolicy.BOTH), FROM, UNTIL))
                    .containsExactly("2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z");
        }

        @Test
        void anHourlyCronFiresEverySixtyMinutesOfRealTime() {
            assertThat(firesOf(repeating(LONDON, "0 * * * *"), FROM, UNTIL))
                    .containsExactly("2026-10-25T00:00:00Z", "2026-10-25T01:00:00Z", "2026-10-25T02:00:00Z");
        }
    }
}
