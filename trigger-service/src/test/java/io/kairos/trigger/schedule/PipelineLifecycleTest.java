package io.kairos.trigger.schedule;

import static io.kairos.trigger.Pipelines.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.spec.PipelineSpec;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PipelineLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:20:00Z");
    private final PipelineSpec hourly = aPipeline().cron("0 * * * *").build();
    /** Fired 10:00, waiting for 11:00. */
    private final ScheduleState firedAtTen = new ScheduleState(hourly, Instant.parse("2026-03-01T10:00:00Z"),
            Instant.parse("2026-03-01T11:00:00Z"), null, null);

    @Test
    void aNewPipelineFiresFromItsFirstScheduledTimeAfterCreationWithNoBurstOfPastTimes() {
        ScheduleState created = PipelineLifecycle.apply(null, hourly, NOW);
        assertThat(created.cursor()).isEqualTo(NOW);
        assertThat(created.nextFire()).isEqualTo(Instant.parse("2026-03-01T11:00:00Z"));
        assertThat(created.status()).isEqualTo(PipelineStatus.SCHEDULED);
    }

    @Test
    void aNewPausedPipelineWaitsForItsResume() {
        ScheduleState created = PipelineLifecycle.apply(null, aPipeline().cron("0 * * * *").paused(true).build(), NOW);
        assertThat(created.pausedAt()).isEqualTo(NOW);
        assertThat(created.wakeUpAt()).isEmpty();
    }

    @Test
    void anIdenticalRepublishedSpecChangesNothing() {
        PipelineSpec same = aPipeline().cron("0 * * * *").build();
        assertThat(PipelineLifecycle.isUnchanged(firedAtTen, same)).isTrue();
        assertThat(PipelineLifecycle.settlesBefore(firedAtTen, same)).isFalse();
        assertThat(PipelineLifecycle.apply(firedAtTen, same, NOW)).isSameAs(firedAtTen);
    }

    @Test
    void anEditThatKeepsTheScheduleKeepsThePosition() {
        ScheduleState edited = PipelineLifecycle.apply(firedAtTen, aPipeline().cron("0 * * * *").priority(9).build(), NOW);
        assertThat(edited.cursor()).isEqualTo(firedAtTen.cursor());
        assertThat(edited.nextFire()).isEqualTo(firedAtTen.nextFire());
        assertThat(edited.spec().priority()).isEqualTo(9);
    }

    @Test
    void anEditedScheduleTakesEffectFromNow() {
        ScheduleState edited = PipelineLifecycle.apply(firedAtTen, aPipeline().cron("30 * * * *").build(), NOW);
        assertThat(edited.cursor()).isEqualTo(NOW);
        assertThat(edited.nextFire()).isEqualTo(Instant.parse("2026-03-01T10:30:00Z"));
    }

    @Test
    void anEditedScheduleNeverPlansAgainATimeAlreadyAccounted() {
        ScheduleState justFired = new ScheduleState(hourly, Instant.parse("2026-03-01T10:00:00Z"),
                Instant.parse("2026-03-01T11:00:00Z"), null, null);
        ScheduleState edited = PipelineLifecycle.apply(justFired, aPipeline().cron("0 */2 * * *").build(),
                Instant.parse("2026-03-01T09:59:59Z"));
        assertThat(edited.cursor()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(edited.nextFire()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
    }

    @Test
    void anEditedTimezoneIsAnEditedSchedule() {
        PipelineSpec london = aPipeline().timezone(java.time.ZoneId.of("Europe/London")).cron("30 10 * * *").build();
        ScheduleState edited = PipelineLifecycle.apply(firedAtTen, london, NOW);
        assertThat(edited.nextFire()).isEqualTo(Instant.parse("2026-03-01T10:30:00Z"));
        assertThat(PipelineLifecycle.settlesBefore(firedAtTen, london)).isTrue();
    }

    @Test
    void anEditedScheduleWithJitterTakesEffectFromNowInScheduledTime() {
        PipelineSpec jittered = aPipeline().cron("* * * * *").jitter(Duration.ofMinutes(5)).build();
        Duration offset = JitterOffset.of(jittered.id(), jittered.jitter());
        ScheduleState edited = PipelineLifecycle.apply(firedAtTen, jittered, NOW);
        assertThat(edited.cursor()).isEqualTo(NOW.minus(offset));
        assertThat(edited.wakeUpAt().orElseThrow()).isAfter(NOW);
    }

    @Test
    void pausingParksThePipelineAndKeepsItsPosition() {
        ScheduleState paused = PipelineLifecycle.apply(firedAtTen, aPipeline().cron("0 * * * *").paused(true).build(), NOW);
        assertThat(paused.pausedAt()).isEqualTo(NOW);
        assertThat(paused.status()).isEqualTo(PipelineStatus.PAUSED);
        assertThat(paused.wakeUpAt()).isEmpty();
        assertThat(paused.nextFire()).isEqualTo(firedAtTen.nextFire());
    }

    @Test
    void resumingWakesThePipelineAtItsFirstMissedTimeAndRemembersWhen() {
        ScheduleState paused = firedAtTen.withSpec(aPipeline().cron("0 * * * *").paused(true).build()).pausedAt(NOW);
        Instant later = Instant.parse("2026-03-01T14:05:00Z");
        ScheduleState resumed = PipelineLifecycle.apply(paused, hourly, later);
        assertThat(resumed.isPaused()).isFalse();
        assertThat(resumed.resumedAt()).isEqualTo(later);
        assertThat(resumed.wakeUpAt()).contains(Instant.parse("2026-03-01T11:00:00Z"));
    }

    @Test
    void aTombstoneLeavesNoState() {
        assertThat(PipelineLifecycle.apply(firedAtTen, null, NOW)).isNull();
    }

    @Test
    void changesToAnActivePipelineSettleWhatIsDueFirst() {
        assertThat(PipelineLifecycle.settlesBefore(firedAtTen, aPipeline().cron("30 * * * *").build())).isTrue();
        assertThat(PipelineLifecycle.settlesBefore(firedAtTen, aPipeline().cron("0 * * * *").paused(true).build())).isTrue();
        assertThat(PipelineLifecycle.settlesBefore(firedAtTen, null)).isTrue();
    }

    @Test
    void aPausedPipelineSettlesOnlyWhenItsScheduleChanges() {
        ScheduleState paused = firedAtTen.withSpec(aPipeline().cron("0 * * * *").paused(true).build()).pausedAt(NOW);
        assertThat(PipelineLifecycle.settlesBefore(paused, aPipeline().cron("0 * * * *").paused(true).priority(1).build())).isFalse();
        assertThat(PipelineLifecycle.settlesBefore(paused, hourly)).isFalse();
        assertThat(PipelineLifecycle.settlesBefore(paused, null)).isFalse();
        assertThat(PipelineLifecycle.settlesBefore(paused, aPipeline().cron("30 * * * *").paused(true).build())).isTrue();
    }
}
