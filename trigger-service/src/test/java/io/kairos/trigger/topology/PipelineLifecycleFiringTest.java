package io.kairos.trigger.topology;

import static io.kairos.trigger.Pipelines.aPipeline;
import static io.kairos.trigger.Pipelines.catchupLatest;
import static io.kairos.trigger.Pipelines.catchupNone;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunRequest;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.trigger.schedule.PipelineStatus;
import io.kairos.trigger.schedule.ScheduleState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineLifecycleFiringTest {

    private static final PipelineId ID = PipelineId.parse("acme/report");
    private static final Duration SECOND = Duration.ofSeconds(1);

    @TempDir
    Path stateDir;
    private TriggerDriver trigger;

    @BeforeEach
    void start() {
        trigger = new TriggerDriver(stateDir, Instant.parse("2026-03-01T10:20:00Z"));
    }

    @AfterEach
    void stop() {
        trigger.close();
    }

    private static Instant at(String time) {
        return Instant.parse("2026-03-01T" + time + "Z");
    }

    private static PipelineSpec hourly() {
        return aPipeline().cron("0 * * * *").build();
    }

    @Test
    void aNewPipelineFiresFromItsNextScheduledTimeWithNoBurstOfPastTimes() {
        trigger.publish(hourly()).runUntil(at("11:00:01"), SECOND);
        assertThat(trigger.runIds()).containsExactly("acme/report@2026-03-01T11:00:00Z");
    }

    @Test
    void anIdenticalRepublishedSpecChangesNothing() {
        trigger.publish(hourly()).runUntil(at("11:00:01"), SECOND);
        trigger.runRequests();
        ScheduleState before = trigger.state(ID);
        trigger.publish(hourly()).publish(hourly());
        assertThat(trigger.state(ID)).isEqualTo(before);
        trigger.runUntil(at("12:00:01"), SECOND);
        assertThat(trigger.runIds()).containsExactly("acme/report@2026-03-01T12:00:00Z");
    }

    @Test
    void anEditedScheduleTakesEffectFromNow() {
        trigger.publish(hourly()).runUntil(at("11:00:01"), SECOND).runUntil(at("11:20:00"), Duration.ofMinutes(1));
        trigger.publish(aPipeline().cron("30 * * * *").build()).runUntil(at("12:40:00"), SECOND);
        assertThat(trigger.runIds()).containsExactly("acme/report@2026-03-01T11:00:00Z",
                "acme/report@2026-03-01T11:30:00Z", "acme/report@2026-03-01T12:30:00Z");
    }

    @Test
    void anEditArrivingBeforeTheDueTimeFiredDoesNotDropIt() {
        try (TriggerDriver slow = new TriggerDriver(stateDir.resolve("slow"), at("10:20:30"),
                Map.of("kairos.trigger.punctuation.interval", "PT1M"))) {
            slow.publish(hourly()).runUntil(at("10:59:30"), Duration.ofMinutes(1)).jumpTo(at("11:00:05"));
            assertThat(slow.runIds()).isEmpty();
            slow.publish(aPipeline().cron("30 * * * *").build()).runUntil(at("11:31:00"), Duration.ofMinutes(1));
            assertThat(slow.runIds()).containsExactly("acme/report@2026-03-01T11:00:00Z", "acme/report@2026-03-01T11:30:00Z");
        }
    }

    @Test
    void anEditRightAfterAFireDoesNotFireTheSameTimeAgain() {
        trigger.publish(hourly()).runUntil(at("11:00:01"), SECOND);
        trigger.publish(aPipeline().cron("0,5 * * * *").build()).runUntil(at("11:06:00"), SECOND);
        assertThat(trigger.runIds()).containsExactly("acme/report@2026-03-01T11:00:00Z", "acme/report@2026-03-01T11:05:00Z");
    }

    @Test
    void aPausedPipelineDoesNotFireAndLeavesTheIndex() {
        trigger.publish(hourly()).publish(aPipeline().cron("0 * * * *").paused(true).build())
                .runUntil(at("13:00:01"), Duration.ofMinutes(1));
        assertThat(trigger.runIds()).isEmpty();
        assertThat(trigger.state(ID).status()).isEqualTo(PipelineStatus.PAUSED);
        assertThat(trigger.indexedPipelines()).isEmpty();
    }

    @Test
    void aResumedPipelineCatchesUpThePausedTimesByItsPolicyAndRecordsTheRestAsPaused() {
        PipelineSpec active = aPipeline().cron("0 * * * *").catchup(catchupLatest(null)).build();
        PipelineSpec paused = aPipeline().cron("0 * * * *").catchup(catchupLatest(null)).paused(true).build();
        trigger.publish(active).runUntil(at("11:00:01"), SECOND).publish(paused)
                .runUntil(at("13:30:00"), Duration.ofMinutes(1)).publish(active)
                .runUntil(at("14:00:01"), SECOND);
        assertThat(trigger.runRequests()).extracting(PipelineLifecycleFiringTest::describe).containsExactly(
                "11:00 schedule fired", "12:00 catchup paused", "13:00 catchup fired", "14:00 schedule fired");
    }

    @Test
    void aResumedPipelineWithoutCatchupRecordsEveryPausedTimeAsPaused() {
        PipelineSpec active = aPipeline().cron("0 * * * *").catchup(catchupNone()).build();
        trigger.publish(aPipeline().cron("0 * * * *").catchup(catchupNone()).paused(true).build())
                .runUntil(at("12:30:00"), Duration.ofMinutes(1)).publish(active).runUntil(at("12:30:01"), SECOND);
        assertThat(trigger.runRequests()).extracting(PipelineLifecycleFiringTest::describe)
                .containsExactly("11:00 catchup paused", "12:00 catchup paused");
    }

    @Test
    void aScheduleEditedWhilePausedRecordsTheOldSchedulesTimesAsPausedAndTakesEffectFromNow() {
        trigger.publish(aPipeline().cron("0 * * * *").paused(true).build())
                .runUntil(at("12:30:00"), Duration.ofMinutes(1))
                .publish(aPipeline().cron("45 * * * *").paused(true).build());
        assertThat(trigger.runRequests()).extracting(PipelineLifecycleFiringTest::describe)
                .containsExactly("11:00 catchup paused", "12:00 catchup paused");
        trigger.publish(aPipeline().cron("45 * * * *").build()).runUntil(at("12:46:00"), SECOND);
        assertThat(trigger.runIds()).containsExactly("acme/report@2026-03-01T12:45:00Z");
    }

    @Test
    void aDeletedPipelineLeavesNoStateAndNeverFiresAgain() {
        trigger.publish(hourly()).publish(aPipeline("acme/other").cron("0 * * * *").build()).delete(ID);
        assertThat(trigger.state(ID)).isNull();
        assertThat(trigger.indexedPipelines()).containsExactly(PipelineId.parse("acme/other"));
        trigger.runUntil(at("11:00:01"), SECOND);
        assertThat(trigger.runIds()).containsExactly("acme/other@2026-03-01T11:00:00Z");
        trigger.delete(PipelineId.parse("acme/other"));
        assertThat(trigger.storedStates()).isZero();
        assertThat(trigger.indexedPipelines()).isEmpty();
    }

    @Test
    void aRecreatedPipelineStartsAfresh() {
        trigger.publish(hourly()).delete(ID).runUntil(at("11:30:00"), Duration.ofMinutes(1)).publish(hourly())
                .runUntil(at("12:00:01"), SECOND);
        assertThat(trigger.runIds()).containsExactly("acme/report@2026-03-01T12:00:00Z");
    }

    private static String describe(RunRequest request) {
        String outcome = request.isSkip() ? request.skipReason().wireName() : "fired";
        return request.scheduledFor().toString().substring(11, 16) + " " + request.origin().wireName() + " " + outcome;
    }
}
