package io.kairos.model.topic;

import io.kairos.model.command.Command;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.Lane;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunRequest;
import io.kairos.model.serde.IdSerde;
import io.kairos.model.serde.JsonSerde;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.PipelineSpecSerde;
import io.kairos.model.worker.WorkerOrder;
import io.kairos.model.worker.WorkerStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serdes;

/** The one catalogue of Kairos topics. See {@code docs/dataflow.md} for who writes and reads each. */
public final class Topics {

    public static final String PREFIX = "kairos.";
    public static final String DEFAULT_QUEUE = PipelineSpec.DEFAULT_QUEUE;
    private static final Pattern QUEUE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");

    public static final Topic<PipelineId, PipelineSpec> PIPELINES = new Topic<>(PREFIX + "pipelines",
            TopicKind.CONTROL_TABLE, IdSerde.pipelineId(), new PipelineSpecSerde());
    public static final Topic<PipelineId, RunRequest> RUN_REQUESTS = new Topic<>(PREFIX + "run-requests",
            TopicKind.CONTROL_LOG, IdSerde.pipelineId(), new JsonSerde<>(RunRequest.class));
    public static final Topic<PipelineId, RunEvent> RUN_EVENTS = new Topic<>(PREFIX + "run-events",
            TopicKind.REPORT_LOG, IdSerde.pipelineId(), new JsonSerde<>(RunEvent.class));
    public static final Topic<PipelineId, Command> COMMANDS = new Topic<>(PREFIX + "commands",
            TopicKind.CONTROL_LOG, IdSerde.pipelineId(), new JsonSerde<>(Command.class));
    public static final Topic<WorkerId, WorkerOrder> WORKER_CONTROL = new Topic<>(PREFIX + "worker-control",
            TopicKind.CONTROL_LOG, IdSerde.workerId(), new JsonSerde<>(WorkerOrder.class));
    public static final Topic<WorkerId, WorkerStatus> WORKERS = new Topic<>(PREFIX + "workers",
            TopicKind.REPORT_TABLE, IdSerde.workerId(), new JsonSerde<>(WorkerStatus.class));
    public static final Topic<byte[], byte[]> DEAD_LETTER = new Topic<>(PREFIX + "dead-letter",
            TopicKind.DEAD_LETTER, Serdes.ByteArray(), Serdes.ByteArray());

    private Topics() {
    }

    /** The topics every deployment has, whatever its queues. */
    public static List<Topic<?, ?>> controlTopics() {
        return List.of(PIPELINES, RUN_REQUESTS, RUN_EVENTS, COMMANDS, WORKER_CONTROL, WORKERS, DEAD_LETTER);
    }

    /** The lane topic {@code kairos.runs.<queue>.<lane>}. */
    public static Topic<RunId, DispatchedRun> lane(String queue, Lane lane) {
        return new Topic<>(PREFIX + "runs." + checkQueue(queue) + "." + lane.wireName(), TopicKind.LANE,
                IdSerde.runId(), new JsonSerde<>(DispatchedRun.class));
    }

    /** The lanes of one queue, highest priority first. */
    public static List<Topic<RunId, DispatchedRun>> lanes(String queue) {
        List<Topic<RunId, DispatchedRun>> lanes = new ArrayList<>();
        for (Lane lane : Lane.values()) {
            lanes.add(lane(queue, lane));
        }
        return lanes;
    }

    /** Every topic of a deployment serving {@code queues}, as it should exist on the cluster. */
    public static List<TopicDefinition> catalogue(TopicLayout layout, Collection<String> queues) {
        List<TopicDefinition> definitions = new ArrayList<>();
        controlTopics().forEach(topic -> definitions.add(TopicDefinition.of(topic, layout)));
        queues.stream().distinct().sorted()
                .forEach(queue -> lanes(queue).forEach(lane -> definitions.add(TopicDefinition.of(lane, layout))));
        return definitions;
    }

    /** A queue name is part of topic names: 1-48 characters of a-z, 0-9 and '-'. */
    public static String checkQueue(String queue) {
        if (queue == null || !QUEUE_NAME.matcher(queue).matches()) {
            throw new IllegalArgumentException("queue \"" + queue
                    + "\": must be 1-48 characters of a-z, 0-9 and '-', starting with a letter or digit");
        }
        return queue;
    }
}
