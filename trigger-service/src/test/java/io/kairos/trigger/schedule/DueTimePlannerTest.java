package io.kairos.trigger.schedule;

import static io.kairos.trigger.Pipelines.aPipeline;
import static io.kairos.trigger.Pipelines.catchupAll;
import static io.kairos.trigger.Pipelines.catchupLatest;
import static io.kairos.trigger.Pipelines.catchupNone;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.run.Origin;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.SkipReason;
import io.kairos.model.spec.PipelineSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DueTimePlannerTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:59:30Z");
    private final DueTimePlanner planner = new DueTimePlanner(plansOf(10_000));

    private static FiringRules plansOf(int maxRecordsPerPlan) {
        return new FiringRules(Duration.ofSeconds(10), maxRecordsPerPlan, maxRecordsPerPlan,
                FiringRules.DEFAULT_MAX_PUNCTUATION_WORK);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static ScheduleState created(PipelineSpec spec) {
        return ScheduleState.created(spec, CREATED);
    }

    private static List<String> runIds(FirePlan plan) {
        return plan.records().stream().map(record -> record.request().runId().value()).toList();
    }

    @Nested
    class OnTime {

        private final ScheduleState minutely = created(aPipeline().cron("* * * * *").priority(6).build());

        @Test
        void firesNothingBeforeTheFirstScheduledTime() {
            FirePlan plan = planner.plan(minutely, at("2026-03-01T09:59:59.999Z"));
            assertThat(plan.records()).isEmpty();
            assertThat(plan.state()).isEqualTo(minutely);
            assertThat(plan.complete()).isTrue();
        }

        @Test
        void firesTheScheduledTimeWithItsDeterministicRunIdAndThePipelinesRules() {
            FirePlan plan = planner.plan(minutely, at("2026-03-01T10:00:00.120Z"));
            RunRequest request = plan.records().get(0).request();
            assertThat(request.runId().value()).isEqualTo("acme/report@2026-03-01T10:00:00Z");
            assertThat(request.scheduledFor()).isEqualTo(at("2026-03-01T10:00:00Z"));
            assertThat(request.requestedAt()).isEqualTo(at("2026-03-01T10:00:00.120Z"));
            assertThat(request.origin()).isEqualTo(Origin.SCHEDULE);
            assertThat(request.priority()).isEqualTo(6);
            assertThat(request.isSkip()).isFalse();
            assertThat(request.executor()).isEqualTo(minutely.spec().executor());
        }

        @Test
        void advancesTheCursorToTheFiredTimeAndTheNextFireBeyondIt() {
            ScheduleState next = planner.plan(minutely, at("2026-03-01T10:00:00.120Z")).state();
            assertThat(next.cursor()).isEqualTo(at("2026-03-01T10:00:00Z"));
            assertThat(next.nextFire()).isEqualTo(at("2026-03-01T10:01:00Z"));
        }

        @Test
        void firesEveryTimeReachedWithinMissedAfterInOrder() {
            ScheduleState everySecond = created(aPipeline().cron("* * * * * *").catchup(catchupNone()).build());
            FirePlan plan = planner.plan(everySecond, at("2026-03-01T09:59:39Z"));
            assertThat(runIds(plan)).hasSize(9).first().isEqualTo("acme/report@2026-03-01T09:59:31Z");
            assertThat(plan.records()).allMatch(record -> record.request().origin() == Origin.SCHEDULE && !record.isSkip());
        }

        @Test
        void skipsAnOnTimeTimeOlderThanAStartingDeadlineShorterThanMissedAfter() {
            ScheduleState strict = created(aPipeline().cron("* * * * *").catchup(catchupLatest(Duration.ofSeconds(2))).build());
            RunRequest request = planner.plan(strict, at("2026-03-01T10:00:05Z")).records().get(0).request();
            assertThat(request.origin()).isEqualTo(Origin.SCHEDULE);
            assertThat(request.skipReason()).isEqualTo(SkipReason.LATE);
        }

        @Test
        void fireLagIsMeasuredFromTheDueTime() {
            assertThat(planner.plan(minutely, at("2026-03-01T10:00:00.120Z")).records().get(0).dueTime())
                    .isEqualTo(at("2026-03-01T10:00:00Z"));
        }
    }

    @Nested
    class Catchup {

        /** Hourly, last accounted at 06:00; the trigger comes back at 10:20 (times 07:00-10:00 missed). */
        private ScheduleState afterOutage(PipelineSpec spec) {
            Instant cursor = at("2026-03-01T06:00:00Z");
            return new ScheduleState(spec, cursor, spec.schedule().nextAfter(cursor).orElseThrow(), null, null);
        }

        private final Instant back = at("2026-03-01T10:20:00Z");

        @Test
        void noneSkipsEveryMissedTimeWithTheCatchupPolicyReason() {
            FirePlan plan = planner.plan(afterOutage(aPipeline().cron("0 * * * *").catchup(catchupNone()).build()), back);
            assertThat(plan.records()).hasSize(4).allMatch(record ->
                    record.request().skipReason() == SkipReason.CATCHUP_POLICY && record.request().origin() == Origin.CATCHUP);
            assertThat(plan.state().nextFire()).isEqualTo(at("2026-03-01T11:00:00Z"));
        }

        @Test
        void latestFiresTheNewestMissedTimeAsCatchupAtLowerPriority() {
            PipelineSpec spec = aPipeline().cron("0 * * * *").priority(9).catchup(catchupLatest(null)).build();
            List<PlannedRecord> records = planner.plan(afterOutage(spec), back).records();
            assertThat(records).extracting(record -> record.request().skipReason())
                    .containsExactly(SkipReason.CATCHUP_POLICY, SkipReason.CATCHUP_POLICY, SkipReason.CATCHUP_POLICY, null);
            RunRequest fired = records.get(3).request();
            assertThat(fired.scheduledFor()).isEqualTo(at("2026-03-01T10:00:00Z"));
            assertThat(fired.origin()).isEqualTo(Origin.CATCHUP);
            assertThat(fired.priority()).isEqualTo(CatchupPriority.of(9)).isLessThan(9);
        }

        @Test
        void allFiresTheNewestMaxCatchupRunsAndSkipsOlderOnes() {
            PipelineSpec spec = aPipeline().cron("0 * * * *").catchup(catchupAll(3, null)).build();
            List<PlannedRecord> records = planner.plan(afterOutage(spec), back).records();
            assertThat(records).extracting(record -> record.request().skipReason())
                    .containsExactly(SkipReason.CATCHUP_POLICY, null, null, null);
            assertThat(records.subList(1, 4)).allMatch(record -> record.request().origin() == Origin.CATCHUP);
        }

        @Test
        void nothingOlderThanTheStartingDeadlineFiresEvenUnderAll() {
            PipelineSpec spec = aPipeline().cron("0 * * * *").catchup(catchupAll(10, Duration.ofMinutes(90))).build();
            List<PlannedRecord> records = planner.plan(afterOutage(spec), back).records();
            assertThat(records).extracting(record -> record.request().skipReason())
                    .containsExactly(SkipReason.LATE, SkipReason.LATE, null, null);
        }

        @Test
        void latestSkipsTheNewestMissedTimeWhenItIsPastTheDeadline() {
            PipelineSpec spec = aPipeline().cron("0 * * * *").catchup(catchupLatest(Duration.ofMinutes(10))).build();
            assertThat(planner.plan(afterOutage(spec), back).records())
                    .allMatch(record -> record.request().skipReason() == SkipReason.LATE);
        }

        @Test
        void onTimeTimesFireLiveAlongsideTheCatchup() {
            PipelineSpec spec = aPipeline().cron("0,20 * * * *").catchup(catchupLatest(null)).build();
            ScheduleState state = new ScheduleState(spec, at("2026-03-01T09:00:00Z"), at("2026-03-01T09:20:00Z"), null, null);
            List<PlannedRecord> records = planner.plan(state, at("2026-03-01T10:20:03Z")).records();
            assertThat(records).extracting(record -> record.request().origin() + "/" + record.request().skipReason())
                    .containsExactly("CATCHUP/CATCHUP_POLICY", "CATCHUP/null", "SCHEDULE/null");
        }

        @Test
        void everyMissedTimeLeavesExactlyOneRecordAcrossPlans() {
            FiringRules small = plansOf(7);
            DueTimePlanner limited = new DueTimePlanner(small);
            PipelineSpec spec = aPipeline().cron("*/5 * * * *").catchup(catchupAll(4, Duration.ofHours(3))).build();
            ScheduleState state = afterOutage(spec);
            List<String> ids = new ArrayList<>();
            FirePlan plan;
            do {
                plan = limited.plan(state, back);
                assertThat(plan.records()).hasSizeLessThanOrEqualTo(7);
                plan.records().forEach(record -> ids.add(record.request().runId().value()));
                state = plan.state();
            } while (!plan.complete());
            List<String> expected = spec.schedule().firesBetween(at("2026-03-01T06:00:00Z"), back).stream()
                    .map(time -> "acme/report@" + time).toList();
            assertThat(ids).containsExactlyElementsOf(expected);
        }

        @Test
        void theFiredSetIsTheSameWhetherPlannedInOneGoOrInPieces() {
            PipelineSpec spec = aPipeline().cron("*/5 * * * *").catchup(catchupAll(4, Duration.ofHours(3))).build();
            List<String> inOneGo = firedIds(planner, afterOutage(spec));
            List<String> inPieces = firedIds(new DueTimePlanner(plansOf(5)), afterOutage(spec));
            assertThat(inPieces).isEqualTo(inOneGo).hasSize(5).last().isEqualTo("acme/report@2026-03-01T10:20:00Z");
        }

        private List<String> firedIds(DueTimePlanner planner, ScheduleState state) {
            List<String> fired = new ArrayList<>();
            FirePlan plan;
            do {
                plan = planner.plan(state, back);
                plan.records().stream().filter(record -> !record.isSkip())
                        .forEach(record -> fired.add(record.request().runId().value()));
                state = plan.state();
            } while (!plan.complete());
            return fired;
        }
    }

    @Nested
    class Pause {

        @Test
        void timesMissedWhilePausedFollowTheCatchupPolicyOnResumeAndTheRestAreSkippedAsPaused() {
            PipelineSpec spec = aPipeline().cron("0 * * * *").catchup(catchupAll(2, null)).build();
            ScheduleState resumed = new ScheduleState(spec, at("2026-03-01T06:00:00Z"), at("2026-03-01T07:00:00Z"),
                    null, at("2026-03-01T10:00:01Z"));
            List<PlannedRecord> records = planner.plan(resumed, at("2026-03-01T10:00:01.100Z")).records();
            assertThat(records).extracting(record -> record.request().skipReason())
                    .containsExactly(SkipReason.PAUSED, SkipReason.PAUSED, null, null);
            assertThat(records).allMatch(record -> record.request().origin() == Origin.CATCHUP);
        }

        @Test
        void aTimeMissedByAPauseIsNeverOnTimeEvenIfRecent() {
            PipelineSpec spec = aPipeline().cron("* * * * * *").catchup(catchupNone()).build();
            ScheduleState resumed = new ScheduleState(spec, at("2026-03-01T10:00:00Z"), at("2026-03-01T10:00:01Z"),
                    null, at("2026-03-01T10:00:03.500Z"));
            List<PlannedRecord> records = planner.plan(resumed, at("2026-03-01T10:00:04.050Z")).records();
            assertThat(records).extracting(record -> record.request().origin() + "/" + record.request().skipReason())
                    .containsExactly("CATCHUP/PAUSED", "CATCHUP/PAUSED", "CATCHUP/PAUSED", "SCHEDULE/null");
        }

        @Test
        void aStillPausedPipelineSkipsEveryDueTimeAsPaused() {
            PipelineSpec spec = aPipeline().cron("0 * * * *").paused(true).catchup(catchupAll(5, null)).build();
            ScheduleState paused = new ScheduleState(spec, at("2026-03-01T06:00:00Z"), at("2026-03-01T07:00:00Z"),
                    at("2026-03-01T06:30:00Z"), null);
            assertThat(planner.plan(paused, at("2026-03-01T09:30:00Z")).records()).hasSize(3)
                    .allMatch(record -> record.request().skipReason() == SkipReason.PAUSED);
        }
    }

    @Nested
    class Jitter {

        private final PipelineSpec spec = aPipeline().cron("0 * * * *").jitter(Duration.ofMinutes(10)).build();
        private final ScheduleState state = ScheduleState.created(spec, at("2026-03-01T09:30:00Z"));
        private final Duration offset = JitterOffset.of(spec.id(), spec.jitter());

        @Test
        void holdsTheFireUntilTheScheduledTimePlusTheOffset() {
            Instant due = at("2026-03-01T10:00:00Z").plus(offset);
            assertThat(offset).isPositive();
            assertThat(planner.plan(state, due.minusMillis(1)).records()).isEmpty();
            assertThat(planner.plan(state, due).records()).hasSize(1);
        }

        @Test
        void keepsTheNominalTimeInTheRunId() {
            Instant due = at("2026-03-01T10:00:00Z").plus(offset);
            RunRequest request = planner.plan(state, due.plusSeconds(1)).records().get(0).request();
            assertThat(request.runId().value()).isEqualTo("acme/report@2026-03-01T10:00:00Z");
            assertThat(request.scheduledFor()).isEqualTo(at("2026-03-01T10:00:00Z"));
            assertThat(request.origin()).isEqualTo(Origin.SCHEDULE);
        }

        @Test
        void wakesUpAtTheDueTime() {
            assertThat(state.wakeUpAt()).contains(at("2026-03-01T10:00:00Z").plus(offset));
        }
    }

    @Nested
    class Limits {

        @Test
        void stopsAtTheMostRecordsPerPlanAndContinuesWithoutGapOrDuplicate() {
            DueTimePlanner limited = new DueTimePlanner(plansOf(3));
            ScheduleState state = created(aPipeline().cron("* * * * * *").build());
            FirePlan first = limited.plan(state, at("2026-03-01T09:59:35Z"));
            FirePlan second = limited.plan(first.state(), at("2026-03-01T09:59:35Z"));
            assertThat(first.complete()).isFalse();
            assertThat(second.complete()).isTrue();
            assertThat(runIds(first)).containsExactly("acme/report@2026-03-01T09:59:31Z",
                    "acme/report@2026-03-01T09:59:32Z", "acme/report@2026-03-01T09:59:33Z");
            assertThat(runIds(second)).containsExactly("acme/report@2026-03-01T09:59:34Z",
                    "acme/report@2026-03-01T09:59:35Z");
        }

        @Test
        void aOnceScheduleFiresOnceAndThenIdles() {
            ScheduleState once = created(aPipeline().once(at("2026-03-01T10:00:00Z")).build());
            FirePlan plan = planner.plan(once, at("2026-03-01T10:00:00.050Z"));
            assertThat(runIds(plan)).containsExactly("acme/report@2026-03-01T10:00:00Z");
            assertThat(plan.state().status()).isEqualTo(PipelineStatus.IDLE);
            assertThat(planner.plan(plan.state(), at("2026-03-02T10:00:00Z")).records()).isEmpty();
        }

        @Test
        void aPipelineWithoutScheduleNeverFires() {
            ScheduleState onDemand = created(aPipeline().build());
            assertThat(onDemand.status()).isEqualTo(PipelineStatus.IDLE);
            assertThat(planner.plan(onDemand, at("2027-01-01T00:00:00Z")).records()).isEmpty();
        }
    }
}
