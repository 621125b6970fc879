package io.kairos.trigger.topology;

import static io.kairos.trigger.Pipelines.aPipeline;
import static io.kairos.trigger.Pipelines.catchupAll;
import static io.kairos.trigger.Pipelines.catchupLatest;
import static io.kairos.trigger.Pipelines.catchupNone;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.run.RunRequest;
import io.kairos.model.spec.CatchupPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An hourly pipeline fires at 10:00; the trigger is then away until 14:20 (one jump of its clock),
 * missing 11:00-14:00. Each record reads {@code <hour> <origin> <fired|skip reason>}.
 */
class CatchupFiringTest {

    private static final Duration TWO_HOURS = Duration.ofHours(2);

    @TempDir
    Path stateDir;

    private List<String> afterOutage(CatchupPolicy catchup) {
        try (TriggerDriver trigger = new TriggerDriver(stateDir, Instant.parse("2026-03-01T09:30:00Z"))) {
            trigger.publish(aPipeline().cron("0 * * * *").priority(6).catchup(catchup).build())
                    .runUntil(Instant.parse("2026-03-01T10:00:01Z"), Duration.ofSeconds(1));
            assertThat(trigger.runIds()).containsExactly("acme/report@2026-03-01T10:00:00Z");
            trigger.jumpTo(Instant.parse("2026-03-01T14:20:00Z"))
                    .runUntil(Instant.parse("2026-03-01T15:00:01Z"), Duration.ofSeconds(1));
            return trigger.runRequests().stream().map(CatchupFiringTest::describe).toList();
        }
    }

    private static String describe(RunRequest request) {
        String outcome = request.isSkip() ? request.skipReason().wireName() : "fired";
        return request.scheduledFor().toString().substring(11, 16) + " " + request.origin().wireName() + " " + outcome;
    }

    @Test
    void noneSkipsEveryMissedTimeAndResumesWithTheNextLiveTime() {
        assertThat(afterOutage(catchupNone())).containsExactly(
                "11:00 catchup catchup-policy", "12:00 catchup catchup-policy", "13:00 catchup catchup-policy",
                "14:00 catchup catchup-policy", "15:00 schedule fired");
    }

    @Test
    void noneWithADeadlineSaysWhichTimesWereTooLate() {
        assertThat(afterOutage(new CatchupPolicy(CatchupPolicy.Mode.NONE, 1, TWO_HOURS))).containsExactly(
                "11:00 catchup late", "12:00 catchup late", "13:00 catchup catchup-policy",
                "14:00 catchup catchup-policy", "15:00 schedule fired");
    }

    @Test
    void latestFiresOnlyTheNewestMissedTime() {
        assertThat(afterOutage(catchupLatest(TWO_HOURS))).containsExactly(
                "11:00 catchup late", "12:00 catchup late", "13:00 catchup catchup-policy",
                "14:00 catchup fired", "15:00 schedule fired");
    }

    @Test
    void latestFiresNothingWhenEvenTheNewestMissedTimeIsPastTheDeadline() {
        assertThat(afterOutage(catchupLatest(Duration.ofMinutes(10)))).containsExactly(
                "11:00 catchup late", "12:00 catchup late", "13:00 catchup late",
                "14:00 catchup late", "15:00 schedule fired");
    }

    @Test
    void allFiresEveryMissedTimeWithinTheDeadline() {
        assertThat(afterOutage(catchupAll(10, TWO_HOURS))).containsExactly(
                "11:00 catchup late", "12:00 catchup late", "13:00 catchup fired",
                "14:00 catchup fired", "15:00 schedule fired");
    }

    @Test
    void allFiresAtMostMaxCatchupRunsOfTheNewestMissedTimes() {
        assertThat(afterOutage(catchupAll(3, null))).containsExactly(
                "11:00 catchup catchup-policy", "12:00 catchup fired", "13:00 catchup fired",
                "14:00 catchup fired", "15:00 schedule fired");
    }

    @Test
    void catchupRunsGoToTheLowLaneWhileLiveRunsKeepTheirPriority() {
        try (TriggerDriver trigger = new TriggerDriver(stateDir, Instant.parse("2026-03-01T09:30:00Z"))) {
            trigger.publish(aPipeline().cron("0 * * * *").priority(9).catchup(catchupAll(10, null)).build())
                    .jumpTo(Instant.parse("2026-03-01T12:30:00Z"))
                    .runUntil(Instant.parse("2026-03-01T13:00:01Z"), Duration.ofSeconds(1));
            assertThat(trigger.runRequests()).extracting(RunRequest::priority).containsExactly(3, 3, 3, 9);
        }
    }
}
