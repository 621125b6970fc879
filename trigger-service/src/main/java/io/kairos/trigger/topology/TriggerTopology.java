package io.kairos.trigger.topology;

import io.kairos.model.topic.Topics;
import io.kairos.trigger.schedule.FiringRules;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.Topology;

/**
 * The trigger: {@code kairos.pipelines} in, {@code kairos.run-requests} out. A reader sends
 * unreadable specs to {@code kairos.dead-letter}; the scheduler holds each pipeline's schedule state
 * and a due-time index, and fires what is due on a wall-clock punctuation.
 */
public final class TriggerTopology {

    public static final String PIPELINES_SOURCE = "trigger-pipelines-source";
    public static final String SPEC_READER = "trigger-spec-reader";
    public static final String SCHEDULER = "trigger-scheduler";
    public static final String RUN_REQUESTS_SINK = "trigger-run-requests-sink";
    public static final String DEAD_LETTER_SINK = "trigger-dead-letter-sink";

    private final FiringRules rules;
    private final Duration punctuationInterval;
    private final TriggerMetrics metrics;
    private final Clock workClock;
    private final int specCacheSize;

    /**
     * @param workClock measures how long a punctuation has worked (see {@link FiringRules#maxPunctuationWork()});
     *                  what is due is judged on the Streams wall clock
     * @param specCacheSize how many parsed specs each task keeps (see {@link SpecCache})
     */
    public TriggerTopology(FiringRules rules, Duration punctuationInterval, TriggerMetrics metrics, Clock workClock,
                           int specCacheSize) {
        this.specCacheSize = specCacheSize;
        this.rules = Objects.requireNonNull(rules, "rules");
        this.punctuationInterval = Objects.requireNonNull(punctuationInterval, "punctuationInterval");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.workClock = Objects.requireNonNull(workClock, "workClock");
    }

    public Topology build() {
        Topology topology = new Topology();
        readPipelines(topology);
        deadLetterUnreadableSpecs(topology);
        scheduleAndFire(topology);
        writeRunRequests(topology);
        return topology;
    }

    private void readPipelines(Topology topology) {
        topology.addSource(AutoOffsetReset.earliest(), PIPELINES_SOURCE, new ByteArrayDeserializer(),
                new ByteArrayDeserializer(), Topics.PIPELINES.name());
        topology.addProcessor(SPEC_READER, () -> new SpecReader(SCHEDULER, DEAD_LETTER_SINK, metrics::deadLettered), PIPELINES_SOURCE);
    }

    private void deadLetterUnreadableSpecs(Topology topology) {
        topology.addSink(DEAD_LETTER_SINK, Topics.DEAD_LETTER.name(), new ByteArraySerializer(), new ByteArraySerializer(),
                SPEC_READER);
    }

    private void scheduleAndFire(Topology topology) {
        topology.addProcessor(SCHEDULER, () -> new ScheduleProcessor(rules, punctuationInterval, metrics, workClock, specCacheSize),
                SPEC_READER);
        topology.addStateStore(TriggerStores.specs(), SCHEDULER);
        topology.addStateStore(TriggerStores.schedules(), SCHEDULER);
        topology.addStateStore(TriggerStores.dueIndex(), SCHEDULER);
        topology.addStateStore(TriggerStores.pipelineCounts(), SCHEDULER);
    }

    private void writeRunRequests(Topology topology) {
        topology.addSink(RUN_REQUESTS_SINK, Topics.RUN_REQUESTS.name(),
                Topics.RUN_REQUESTS.keySerde().serializer(), Topics.RUN_REQUESTS.valueSerde().serializer(), SCHEDULER);
    }
}
