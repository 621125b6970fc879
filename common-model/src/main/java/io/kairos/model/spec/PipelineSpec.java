package io.kairos.model.spec;

import io.kairos.model.id.PipelineId;
import io.kairos.model.schedule.CronSchedule;
import io.kairos.model.schedule.Schedule;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * One pipeline as an operator declares it. Built by {@link SpecParser} from YAML or JSON, which
 * reports every problem at once; the constructor only guards invariants.
 *
 * @param schedule          when it fires; null for a pipeline that runs only when asked
 * @param timeout           a run still going after this is cancelled and ends TIMED_OUT; null for none
 * @param jitter            the most a scheduled fire is delayed, by an offset derived from the id
 */
public record PipelineSpec(
        PipelineId id,
        Schedule schedule,
        ZoneId timezone,
        boolean paused,
        int priority,
        String queue,
        int maxConcurrentRuns,
        OverlapPolicy overlap,
        CatchupPolicy catchup,
        RetryPolicy retry,
        Duration timeout,
        Duration staleAfter,
        Duration jitter,
        ExecutorSpec executor) {

    public static final ZoneId DEFAULT_TIMEZONE = ZoneOffset.UTC;
    public static final int MIN_PRIORITY = 0;
    public static final int MAX_PRIORITY = 10;
    public static final int DEFAULT_PRIORITY = 5;
    public static final String DEFAULT_QUEUE = "default";
    public static final int DEFAULT_MAX_CONCURRENT_RUNS = 1;
    public static final OverlapPolicy DEFAULT_OVERLAP = OverlapPolicy.SKIP;
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofSeconds(30);
    public static final Duration DEFAULT_JITTER = Duration.ZERO;

    public PipelineSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(overlap, "overlap");
        Objects.requireNonNull(catchup, "catchup");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(staleAfter, "staleAfter");
        Objects.requireNonNull(jitter, "jitter");
        Objects.requireNonNull(executor, "executor");
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("priority: must be between 0 and 10, was " + priority);
        }
        if (maxConcurrentRuns < 1) {
            throw new IllegalArgumentException("maxConcurrentRuns: must be at least 1, was " + maxConcurrentRuns);
        }
        if (schedule instanceof CronSchedule cron && !cron.zone().equals(timezone)) {
            throw new IllegalArgumentException("schedule: a cron is evaluated in the pipeline's timezone "
                    + timezone + ", was built for " + cron.zone());
        }
    }

    /** A builder holding every default; see {@link PipelineSpecBuilder}. */
    public static PipelineSpecBuilder builder() {
        return new PipelineSpecBuilder();
    }

    /** The same pipeline, paused or resumed: what {@code pipelines pause|resume} publishes. */
    public PipelineSpec withPaused(boolean pausedNow) {
        return new PipelineSpec(id, schedule, timezone, pausedNow, priority, queue, maxConcurrentRuns, overlap, catchup,
                retry, timeout, staleAfter, jitter, executor);
    }

    public Optional<Schedule> scheduleIfAny() {
        return Optional.ofNullable(schedule);
    }

    public Optional<Duration> timeoutIfAny() {
        return Optional.ofNullable(timeout);
    }
}
