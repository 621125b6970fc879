package io.kairos.cli.topics;

import io.kairos.model.topic.TopicLayout;
import io.kairos.model.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The layout of the catalogue's topics. Replication defaults to the cluster's size up to 3, with
 * {@code min.insync.replicas} one less (at least 1), so the same command fits one local broker and a
 * production cluster.
 */
public final class LayoutOptions {

    public static final int MAX_DEFAULT_REPLICATION = 3;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of every control topic (default: ${DEFAULT-VALUE}).")
    int controlPartitions = TopicLayout.DEFAULT_CONTROL_PARTITIONS;

    @Option(names = "--lane-partitions", paramLabel = "N",
            description = "Partitions of each lane topic, the most executors one queue spreads over (default: ${DEFAULT-VALUE}).")
    int lanePartitions = TopicLayout.DEFAULT_LANE_PARTITIONS;

    @Option(names = "--replication-factor", paramLabel = "R",
            description = "Replicas of every topic (default: the number of brokers, at most 3).")
    Short replicationFactor;

    @Option(names = "--min-insync-replicas", paramLabel = "M",
            description = "min.insync.replicas of every topic (default: replication factor - 1, at least 1).")
    Integer minInsyncReplicas;

    @Option(names = "--queue", paramLabel = "QUEUE",
            description = "A queue whose lane topics to include; repeatable (default: ${DEFAULT-VALUE}). "
                    + "Queues that already have lanes on the cluster are always included.")
    List<String> queues = new ArrayList<>(List.of(Topics.DEFAULT_QUEUE));

    public TopicLayout layout(int brokers) {
        short replication = replicationFactor != null ? replicationFactor
                : (short) Math.max(1, Math.min(MAX_DEFAULT_REPLICATION, brokers));
        int minInsync = minInsyncReplicas != null ? minInsyncReplicas : Math.max(1, replication - 1);
        return new TopicLayout(controlPartitions, lanePartitions, replication, minInsync);
    }

    public List<String> queues() {
        queues.forEach(Topics::checkQueue);
        return queues;
    }
}
