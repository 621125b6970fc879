package io.kairos.model.spec;

import io.kairos.model.id.PipelineId;
import io.kairos.model.schedule.CronSchedule;
import io.kairos.model.schedule.DstGapPolicy;
import io.kairos.model.schedule.DstOverlapPolicy;
import io.kairos.model.schedule.IntervalSchedule;
import io.kairos.model.schedule.OnceSchedule;
import io.kairos.model.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * Builds a {@link PipelineSpec} in code, starting from the defaults of a spec document that names
 * only {@code id} and {@code executor} (the constants on {@link PipelineSpec}, {@link RetryPolicy}
 * and {@link CatchupPolicy}). A cron given with {@link #cron(String)} is evaluated in the zone set
 * with {@link #timezone(ZoneId)}, whichever is called first.
 */
public final class PipelineSpecBuilder {

    private PipelineId id;
    private Function<ZoneId, Schedule> schedule = zone -> null;
    private ZoneId timezone = PipelineSpec.DEFAULT_TIMEZONE;
    private boolean paused;
    private int priority = PipelineSpec.DEFAULT_PRIORITY;
    private String queue = PipelineSpec.DEFAULT_QUEUE;
    private int maxConcurrentRuns = PipelineSpec.DEFAULT_MAX_CONCURRENT_RUNS;
    private OverlapPolicy overlap = PipelineSpec.DEFAULT_OVERLAP;
    private CatchupPolicy catchup = CatchupPolicy.DEFAULT;
    private RetryPolicy retry = RetryPolicy.DEFAULT;
    private Duration timeout;
    private Duration staleAfter = PipelineSpec.DEFAULT_STALE_AFTER;
    private Duration jitter = PipelineSpec.DEFAULT_JITTER;
    private ExecutorSpec executor;

    public PipelineSpecBuilder id(PipelineId id) {
        this.id = id;
        return this;
    }

    public PipelineSpecBuilder id(String id) {
        return id(PipelineId.parse(id));
    }

    /** A schedule built elsewhere; a {@link CronSchedule} must be in the spec's time zone. */
    public PipelineSpecBuilder schedule(Schedule schedule) {
        this.schedule = zone -> schedule;
        return this;
    }

    /** A cron with the default DST policies, in the spec's time zone. */
    public PipelineSpecBuilder cron(String expression) {
        return cron(expression, CronSchedule.DEFAULT_GAP_POLICY, CronSchedule.DEFAULT_OVERLAP_POLICY);
    }

    public PipelineSpecBuilder cron(String expression, DstGapPolicy gap, DstOverlapPolicy overlap) {
        CronSchedule.parse(expression, timezone, gap, overlap);
        this.schedule = zone -> CronSchedule.parse(expression, zone, gap, overlap);
        return this;
    }

    public PipelineSpecBuilder interval(Duration every) {
        return schedule(IntervalSchedule.every(every));
    }

    public PipelineSpecBuilder interval(Duration every, Instant anchor) {
        return schedule(new IntervalSchedule(every, anchor));
    }

    public PipelineSpecBuilder once(Instant at) {
        return schedule(new OnceSchedule(at));
    }

    /** Runs only when asked: no schedule. */
    public PipelineSpecBuilder onDemandOnly() {
        this.schedule = zone -> null;
        return this;
    }

    /** The zone crons are evaluated in; {@code UTC} is kept as {@link PipelineSpec#DEFAULT_TIMEZONE}. */
    public PipelineSpecBuilder timezone(ZoneId timezone) {
        this.timezone = canonical(timezone);
        return this;
    }

    /** One value for UTC, so that a spec naming {@code UTC} equals one left at the default. */
    static ZoneId canonical(ZoneId zone) {
        return zone != null && zone.getId().equals("UTC") ? PipelineSpec.DEFAULT_TIMEZONE : zone;
    }

    public PipelineSpecBuilder paused(boolean paused) {
        this.paused = paused;
        return this;
    }

    public PipelineSpecBuilder priority(int priority) {
        this.priority = priority;
        return this;
    }

    public PipelineSpecBuilder queue(String queue) {
        this.queue = queue;
        return this;
    }

    public PipelineSpecBuilder maxConcurrentRuns(int maxConcurrentRuns) {
        this.maxConcurrentRuns = maxConcurrentRuns;
        return this;
    }

    public PipelineSpecBuilder overlap(OverlapPolicy overlap) {
        this.overlap = overlap;
        return this;
    }

    public PipelineSpecBuilder catchup(CatchupPolicy catchup) {
        this.catchup = catchup;
        return this;
    }

    public PipelineSpecBuilder retry(RetryPolicy retry) {
        this.retry = retry;
        return this;
    }

    /** How long a run may take; null for no limit (the default). */
    public PipelineSpecBuilder timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    public PipelineSpecBuilder staleAfter(Duration staleAfter) {
        this.staleAfter = staleAfter;
        return this;
    }

    public PipelineSpecBuilder jitter(Duration jitter) {
        this.jitter = jitter;
        return this;
    }

    public PipelineSpecBuilder executor(ExecutorSpec executor) {
        this.executor = executor;
        return this;
    }

    /** The spec; its constructor refuses a missing id or executor and out-of-range values. */
    public PipelineSpec build() {
        return new PipelineSpec(id, schedule.apply(timezone), timezone, paused, priority, queue, maxConcurrentRuns,
                overlap, catchup, retry, timeout, staleAfter, jitter, executor);
    }
}
