package io.kairos.worker.intake;

import io.kairos.model.run.Lane;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a lane above a given one has records this worker has not fetched yet, on partitions it owns:
 * before a run of a lower lane starts, the broker's end offsets are compared with the consumer's
 * positions. Answers are kept for one pass of the intake loop. If the broker does not answer in time,
 * the higher lanes count as empty, so a slow broker never stalls the lower lanes.
 */
final class HigherLanes {

    static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(HigherLanes.class);

    private final Consumer<byte[], byte[]> consumer;
    private final LaneBuffer buffer;
    private final Map<Lane, Boolean> unreadAbove = new EnumMap<>(Lane.class);

    HigherLanes(Consumer<byte[], byte[]> consumer, LaneBuffer buffer) {
        this.consumer = consumer;
        this.buffer = buffer;
    }

    boolean haveUnreadAbove(Lane lane) {
        return unreadAbove.computeIfAbsent(lane, this::lookUp);
    }

    private boolean lookUp(Lane lane) {
        Set<TopicPartition> higher = consumer.assignment().stream()
                .filter(partition -> buffer.laneOf(partition).compareTo(lane) < 0)
                .collect(Collectors.toSet());
        if (higher.isEmpty()) {
            return false;
        }
        try {
            Map<TopicPartition, Long> ends = consumer.endOffsets(higher, LOOKUP_TIMEOUT);
            return higher.stream().anyMatch(p -> consumer.position(p, LOOKUP_TIMEOUT) < ends.getOrDefault(p, 0L));
        } catch (TimeoutException e) {
            log.debug("Could not compare positions of lanes above {} in time: {}", lane, e.getMessage());
            return false;
        }
    }
}
