package io.kairos.trigger.topology;

import io.kairos.trigger.schedule.PipelineStatus;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.kafka.streams.processor.TaskId;

/**
 * How many pipelines this instance schedules, by status: the sum of the counts of the tasks it runs.
 * Each task keeps its counts in a store (so they survive restarts and move with the task) and
 * publishes them here; gauges read them from any thread.
 */
public final class PipelineCensus {

    private final Map<TaskId, AtomicLongArray> countsByTask = new ConcurrentHashMap<>();

    /** The live counts of {@code task}, indexed by {@link PipelineStatus#ordinal()}. */
    AtomicLongArray countsOf(TaskId task) {
        return countsByTask.computeIfAbsent(task, id -> new AtomicLongArray(PipelineStatus.values().length));
    }

    void forget(TaskId task) {
        countsByTask.remove(task);
    }

    public long count(PipelineStatus status) {
        return countsByTask.values().stream().mapToLong(counts -> counts.get(status.ordinal())).sum();
    }
}
