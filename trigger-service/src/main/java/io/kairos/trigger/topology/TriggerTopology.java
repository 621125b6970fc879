package io.kairos.trigger.topology;

import io.kairos.model.topic.Topics;
import io.kairos.trigger.schedule.DueTimePlanner;
import io.kairos.trigger.schedule.FiringRules;
import java.time.Duration;
import java.util.Objects;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.Topology;

/**
 * The trigger: {@code kairos.pipelines} in, {@code kairos.run-requests} out, one processor holding
 * each pipeline's schedule state and a due-time index, fired by a wall-clock punctuation.
 */
public final class TriggerTopology {

    public static final String PIPELINES_SOURCE = "trigger-pipelines-source";
    public static final String SCHEDULER = "trigger-scheduler";
    public static final String RUN_REQUESTS_SINK = "trigger-run-requests-sink";

    private final FiringRules rules;
    private final Duration punctuationInterval;
    private final TriggerMetrics metrics;

    public TriggerTopology(FiringRules rules, Duration punctuationInterval, TriggerMetrics metrics) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.punctuationInterval = Objects.requireNonNull(punctuationInterval, "punctuationInterval");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    public Topology build() {
        Topology topology = new Topology();
        readPipelines(topology);
        scheduleAndFire(topology);
        writeRunRequests(topology);
        return topology;
    }

    private void readPipelines(Topology topology) {
        topology.addSource(AutoOffsetReset.earliest(), PIPELINES_SOURCE,
                Topics.PIPELINES.keySerde().deserializer(), Topics.PIPELINES.valueSerde().deserializer(),
                Topics.PIPELINES.name());
    }

    private void scheduleAndFire(Topology topology) {
        DueTimePlanner planner = new DueTimePlanner(rules);
        topology.addProcessor(SCHEDULER, () -> new ScheduleProcessor(planner, punctuationInterval, metrics), PIPELINES_SOURCE);
        topology.addStateStore(TriggerStores.schedules(), SCHEDULER);
        topology.addStateStore(TriggerStores.dueIndex(), SCHEDULER);
        topology.addStateStore(TriggerStores.pipelineCounts(), SCHEDULER);
    }

    private void writeRunRequests(Topology topology) {
        topology.addSink(RUN_REQUESTS_SINK, Topics.RUN_REQUESTS.name(),
                Topics.RUN_REQUESTS.keySerde().serializer(), Topics.RUN_REQUESTS.valueSerde().serializer(), SCHEDULER);
    }
}
