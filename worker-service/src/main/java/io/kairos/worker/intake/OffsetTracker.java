package io.kairos.worker.intake;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Which lane offsets may be committed: a record is done once its run's {@code RunStarted} is
 * acknowledged (or it was skipped or dead-lettered), and a partition's offset moves only past records
 * that are all done, so a worker that dies leaves every run it had not reported to be redelivered.
 * Records are taken in partition order. Used by the intake thread only.
 */
final class OffsetTracker {

    private final Map<TopicPartition, TreeSet<Long>> pending = new HashMap<>();
    private final Map<TopicPartition, Long> nextAfterTaken = new HashMap<>();
    private final Map<TopicPartition, Long> committed = new HashMap<>();

    void taken(TopicPartition partition, long offset) {
        pending.computeIfAbsent(partition, p -> new TreeSet<>()).add(offset);
        nextAfterTaken.merge(partition, offset + 1, Math::max);
    }

    void done(TopicPartition partition, long offset) {
        TreeSet<Long> offsets = pending.get(partition);
        if (offsets != null) {
            offsets.remove(offset);
        }
    }

    boolean hasPending(Collection<TopicPartition> partitions) {
        return partitions.stream().anyMatch(p -> pending.containsKey(p) && !pending.get(p).isEmpty());
    }

    /** The offsets to commit now for {@code partitions}: those that moved since the last commit. */
    Map<TopicPartition, OffsetAndMetadata> committable(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : partitions) {
            Long next = nextCommittable(partition);
            if (next != null && !next.equals(committed.get(partition))) {
                offsets.put(partition, new OffsetAndMetadata(next));
            }
        }
        return offsets;
    }

    void committed(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((partition, offset) -> committed.merge(partition, offset.offset(), Math::max));
    }

    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> {
            pending.remove(partition);
            nextAfterTaken.remove(partition);
            committed.remove(partition);
        });
    }

    Collection<TopicPartition> partitions() {
        return nextAfterTaken.keySet();
    }

    private Long nextCommittable(TopicPartition partition) {
        TreeSet<Long> offsets = pending.get(partition);
        if (offsets != null && !offsets.isEmpty()) {
            return offsets.first();
        }
        return nextAfterTaken.get(partition);
    }
}
