package io.kairos.worker.api;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.WorkerId;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.Topic;
import io.kairos.model.topic.TopicWriter;
import io.kairos.model.topic.Topics;
import io.kairos.model.worker.WorkerStatus;
import io.kairos.worker.pipelines.CompactedTopicView;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the write endpoints share: the pipelines and workers as this instance sees them, the
 * idempotent writer of the control topics, the submission limiter and the clock.
 */
final class ControlPlane {

    private final CompactedTopicView<PipelineId, PipelineSpec> pipelines;
    private final CompactedTopicView<WorkerId, WorkerStatus> workers;
    private final TopicWriter writer;
    private final SubmissionLimiter limiter;
    private final Clock clock;

    ControlPlane(CompactedTopicView<PipelineId, PipelineSpec> pipelines, CompactedTopicView<WorkerId, WorkerStatus> workers,
                 TopicWriter writer, SubmissionLimiter limiter, Clock clock) {
        this.pipelines = pipelines;
        this.workers = workers;
        this.writer = writer;
        this.limiter = limiter;
        this.clock = Clock.tick(clock, Duration.ofMillis(1));
    }

    Clock clock() {
        return clock;
    }

    SubmissionLimiter limiter() {
        return limiter;
    }

    List<PipelineSpec> pipelines() {
        requireCaughtUp(pipelines, "pipelines");
        return pipelines.sorted();
    }

    Map<PipelineId, PipelineSpec> pipelineMap() {
        requireCaughtUp(pipelines, "pipelines");
        return pipelines.values();
    }

    /** The pipeline, or 404 at {@code path}. */
    PipelineSpec pipeline(PipelineId id, String path) {
        requireCaughtUp(pipelines, "pipelines");
        return pipelines.get(id).orElseThrow(() -> ApiException.notFound(path, "no pipeline " + id));
    }

    Optional<WorkerStatus> worker(WorkerId id) {
        return workers.get(id);
    }

    List<WorkerStatus> workers() {
        return workers.sorted();
    }

    /** Writes and, for a pipeline, remembers it so this instance's next read shows it. */
    void publish(PipelineId id, PipelineSpec spec) {
        write(Topics.PIPELINES, id, spec);
        pipelines.remember(id, spec);
    }

    /** Remembers a spec written with {@link #writeAll}, so this instance's next read shows it. */
    void remember(PipelineSpec spec) {
        pipelines.remember(spec.id(), spec);
    }

    <K, V> void write(Topic<K, V> topic, K key, V value) {
        try {
            writer.send(topic, key, value);
        } catch (IllegalStateException e) {
            throw ApiException.unavailable(e.getMessage() + "; nothing was changed, try again");
        }
    }

    <K, V> void writeAll(Topic<K, V> topic, List<Map.Entry<K, V>> records) {
        try {
            writer.sendAll(topic, records);
        } catch (IllegalStateException e) {
            throw ApiException.unavailable(e.getMessage() + "; some records may be written, retrying is safe");
        }
    }

    private static void requireCaughtUp(CompactedTopicView<?, ?> view, String what) {
        if (!view.isCaughtUp()) {
            throw ApiException.unavailable("this instance is still reading the " + what + "; try again shortly");
        }
    }
}
