package io.kairos.trigger.topology;

import io.kairos.model.run.Origin;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.SkipReason;
import io.kairos.trigger.schedule.PipelineStatus;
import io.kairos.trigger.schedule.PlannedRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trigger's meters:
 * <ul>
 *   <li>{@code kairos.trigger.fire.lag} (timer, tag origin): emit time minus due time of each fired run;</li>
 *   <li>{@code kairos.trigger.fires} (counter, tags origin, outcome {@code fired|skipped}, reason):
 *   every record emitted;</li>
 *   <li>{@code kairos.trigger.pipelines} (gauge, tag state {@code scheduled|paused|idle});</li>
 *   <li>{@code kairos.trigger.punctuation.duration} (timer): one wall-clock punctuation of one task;</li>
 *   <li>{@code kairos.dead.letters} (counter, tags service {@code trigger}, reason {@code unreadable}):
 *   unreadable specs sent to the dead-letter topic.</li>
 * </ul>
 */
public final class TriggerMetrics {

    public static final String DEAD_LETTERS = "kairos.dead.letters";
    private static final String NO_REASON = "none";

    private final MeterRegistry registry;
    private final PipelineCensus census = new PipelineCensus();
    private final Map<Origin, Timer> fireLag = new EnumMap<>(Origin.class);
    private final Map<FireKind, Counter> fires = new ConcurrentHashMap<>();
    private final Timer punctuation;
    private final Counter deadLetters;

    public TriggerMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Origin origin : new Origin[] {Origin.SCHEDULE, Origin.CATCHUP}) {
            fireLag.put(origin, Timer.builder("kairos.trigger.fire.lag")
                    .description("Emit time minus due time (scheduled time plus jitter) of fired runs")
                    .tag("origin", origin.wireName())
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofMinutes(10))
                    .register(registry));
        }
        punctuation = Timer.builder("kairos.trigger.punctuation.duration")
                .description("Duration of one wall-clock punctuation of one task")
                .publishPercentileHistogram()
                .register(registry);
        deadLetters = Counter.builder(DEAD_LETTERS).description("Records sent to the dead-letter topic")
                .tag("service", "trigger").tag("reason", "unreadable").register(registry);
        for (PipelineStatus status : PipelineStatus.values()) {
            Gauge.builder("kairos.trigger.pipelines", census, c -> c.count(status))
                    .description("Pipelines held by this instance's tasks, by state")
                    .tag("state", status.tagValue())
                    .register(registry);
        }
    }

    public PipelineCensus census() {
        return census;
    }

    public Timer punctuation() {
        return punctuation;
    }

    void emitted(PlannedRecord record, Instant emittedAt) {
        RunRequest request = record.request();
        fires.computeIfAbsent(new FireKind(request.origin(), request.skipReason()), this::firesCounter).increment();
        if (!request.isSkip()) {
            Timer lag = fireLag.get(request.origin());
            lag.record(Duration.between(record.dueTime(), emittedAt));
        }
    }

    private Counter firesCounter(FireKind kind) {
        return Counter.builder("kairos.trigger.fires")
                .description("Run-requests emitted by the trigger: fired runs and skip records")
                .tag("origin", kind.origin().wireName())
                .tag("outcome", kind.skipReason() != null ? "skipped" : "fired")
                .tag("reason", kind.skipReason() != null ? kind.skipReason().wireName() : NO_REASON)
                .register(registry);
    }

    /** The tags of one {@code kairos.trigger.fires} counter; {@code skipReason} null for a fired run. */
    private record FireKind(Origin origin, SkipReason skipReason) {
    }

    /** An unreadable spec went to the dead-letter topic. */
    void deadLettered() {
        deadLetters.increment();
    }

    /** The fire-lag timer of {@code origin} (schedule or catchup). */
    public Timer fireLag(Origin origin) {
        return fireLag.get(origin);
    }
}
