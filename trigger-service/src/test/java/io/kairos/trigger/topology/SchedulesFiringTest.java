package io.kairos.trigger.topology;

import static io.kairos.trigger.Pipelines.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.run.Origin;
import io.kairos.model.run.RunRequest;
import io.kairos.model.spec.PipelineSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulesFiringTest {

    private static final Instant START = Instant.parse("2026-03-01T09:58:30Z");

    @TempDir
    Path stateDir;
    private TriggerDriver trigger;

    @BeforeEach
    void start() {
        trigger = new TriggerDriver(stateDir, START);
    }

    @AfterEach
    void stop() {
        trigger.close();
    }

    @Test
    void aCronFiresEachScheduledTimeOnceWithItsDeterministicRunId() {
        trigger.publish(aPipeline().cron("* * * * *").build()).runUntil(Instant.parse("2026-03-01T10:02:30Z"), Duration.ofMillis(250));
        assertThat(trigger.runIds()).containsExactly(
                "acme/report@2026-03-01T09:59:00Z", "acme/report@2026-03-01T10:00:00Z",
                "acme/report@2026-03-01T10:01:00Z", "acme/report@2026-03-01T10:02:00Z");
    }

    @Test
    void aSixFieldCronFiresEverySecondWithinOnePunctuationIntervalAsLiveRuns() {
        trigger.publish(aPipeline().cron("* * * * * *").build()).runUntil(Instant.parse("2026-03-01T09:58:40.020Z"));
        List<TestRecord<io.kairos.model.id.PipelineId, RunRequest>> records = trigger.runRequestRecords();
        assertThat(records).hasSize(10);
        for (TestRecord<io.kairos.model.id.PipelineId, RunRequest> record : records) {
            RunRequest request = record.value();
            assertThat(record.key()).isEqualTo(request.pipelineId());
            assertThat(request.origin()).isEqualTo(Origin.SCHEDULE);
            assertThat(Duration.between(request.scheduledFor(), record.getRecordTime())).isBetween(Duration.ZERO, Duration.ofMillis(50));
        }
        assertThat(records.get(0).value().runId().value()).isEqualTo("acme/report@2026-03-01T09:58:31Z");
    }

    @Test
    void anIntervalFiresEveryPeriodFromItsAnchor() {
        PipelineSpec every90s = aPipeline().interval(Duration.ofSeconds(90), Instant.parse("2026-03-01T09:00:15Z")).build();
        trigger.publish(every90s).runUntil(Instant.parse("2026-03-01T10:03:00Z"), Duration.ofSeconds(1));
        assertThat(trigger.runIds()).containsExactly(
                "acme/report@2026-03-01T09:58:45Z", "acme/report@2026-03-01T10:00:15Z", "acme/report@2026-03-01T10:01:45Z");
    }

    @Test
    void aOnceScheduleFiresOnceAndNeverAgain() {
        trigger.publish(aPipeline().once(Instant.parse("2026-03-01T10:00:00Z")).build())
                .runUntil(Instant.parse("2026-03-01T10:01:00Z"), Duration.ofSeconds(1));
        assertThat(trigger.runIds()).containsExactly("acme/report@2026-03-01T10:00:00Z");
        trigger.runUntil(Instant.parse("2026-03-01T11:00:00Z"), Duration.ofMinutes(1));
        assertThat(trigger.runIds()).isEmpty();
        assertThat(trigger.indexedPipelines()).isEmpty();
    }

    @Test
    void aOnceScheduleInThePastAtCreationNeverFires() {
        trigger.publish(aPipeline().once(Instant.parse("2026-03-01T09:00:00Z")).build())
                .runUntil(Instant.parse("2026-03-01T10:00:00Z"), Duration.ofMinutes(1));
        assertThat(trigger.runIds()).isEmpty();
    }

    @Test
    void eachPipelineFiresOnItsOwnSchedule() {
        trigger.publish(aPipeline("acme/fast").cron("*/20 * * * * *").build())
                .publish(aPipeline("beta/slow").cron("0 * * * *").build())
                .runUntil(Instant.parse("2026-03-01T10:00:30Z"), Duration.ofSeconds(1));
        assertThat(trigger.runIds()).containsExactly(
                "acme/fast@2026-03-01T09:58:40Z", "acme/fast@2026-03-01T09:59:00Z", "acme/fast@2026-03-01T09:59:20Z",
                "acme/fast@2026-03-01T09:59:40Z", "acme/fast@2026-03-01T10:00:00Z", "beta/slow@2026-03-01T10:00:00Z",
                "acme/fast@2026-03-01T10:00:20Z");
    }

    @Test
    void aBurstLargerThanOnePunctuationMayEmitIsEmittedOverTheNextPunctuationsOnceEach() {
        try (TriggerDriver small = new TriggerDriver(stateDir.resolve("small"), START, Map.of(
                "kairos.trigger.max.records.per.plan", "5", "kairos.trigger.max.records.per.punctuation", "5"))) {
            for (int i = 0; i < 12; i++) {
                small.publish(aPipeline("acme/p-" + i).cron("0 * * * *").build());
            }
            small.jumpTo(Instant.parse("2026-03-01T10:00:00.010Z"));
            assertThat(small.runIds()).hasSize(5);
            small.runUntil(Instant.parse("2026-03-01T10:00:00.200Z"));
            assertThat(small.runIds()).hasSize(7).doesNotHaveDuplicates();
        }
    }

    @Test
    void aPunctuationStopsOnceItHasWorkedItsLongestAndTheNextOneCarriesOn() {
        Clock slowWork = new TickingClock(START, Duration.ofMillis(100));
        try (TriggerDriver slow = new TriggerDriver(stateDir.resolve("slow"), START,
                Map.of("kairos.trigger.max.punctuation.work", "PT0.25S"), slowWork)) {
            for (int i = 0; i < 6; i++) {
                slow.publish(aPipeline("acme/p-" + i).cron("0 * * * *").build());
            }
            slow.jumpTo(Instant.parse("2026-03-01T10:00:00.010Z"));
            List<String> fired = new java.util.ArrayList<>(slow.runIds());
            assertThat(fired).hasSizeBetween(1, 3);
            slow.runUntil(Instant.parse("2026-03-01T10:00:01Z"));
            fired.addAll(slow.runIds());
            assertThat(fired).hasSize(6).doesNotHaveDuplicates();
        }
    }

    /** A clock that moves on by {@code step} every time it is read: work that takes that long per look. */
    private static final class TickingClock extends Clock {
        private Instant now;
        private final Duration step;

        TickingClock(Instant start, Duration step) {
            this.now = start;
            this.step = step;
        }

        @Override
        public Instant instant() {
            now = now.plus(step);
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void runRequestsCarryThePipelinesRules() {
        trigger.publish(aPipeline().cron("* * * * *").priority(8).queue("gpu").maxConcurrentRuns(3).build())
                .runUntil(Instant.parse("2026-03-01T09:59:01Z"), Duration.ofSeconds(1));
        RunRequest request = trigger.runRequests().get(0);
        assertThat(request.priority()).isEqualTo(8);
        assertThat(request.queue()).isEqualTo("gpu");
        assertThat(request.policy().maxConcurrentRuns()).isEqualTo(3);
        assertThat(request.requestedAt()).isEqualTo(Instant.parse("2026-03-01T09:59:00Z"));
    }
}
