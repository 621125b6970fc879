package io.kairos.model.topic;

/**
 * How many partitions and replicas the catalogue's topics get. Every control topic has the same
 * partition count, so all records about one pipeline land on the same partition number everywhere.
 *
 * @param controlPartitions partitions of every topic keyed by pipeline id or worker id
 * @param lanePartitions    partitions of each lane topic: the most executors a queue can spread over
 * @param minInsyncReplicas {@code min.insync.replicas} of every topic
 */
public record TopicLayout(int controlPartitions, int lanePartitions, short replicationFactor, int minInsyncReplicas) {

    public static final int DEFAULT_CONTROL_PARTITIONS = 12;
    public static final int DEFAULT_LANE_PARTITIONS = 12;

    /** One broker, as in {@code bin/kairos local} and tests. */
    public static final TopicLayout SINGLE_BROKER =
            new TopicLayout(DEFAULT_CONTROL_PARTITIONS, DEFAULT_LANE_PARTITIONS, (short) 1, 1);

    /** Three replicas, two of them in sync for every acknowledged write. */
    public static final TopicLayout REPLICATED =
            new TopicLayout(DEFAULT_CONTROL_PARTITIONS, DEFAULT_LANE_PARTITIONS, (short) 3, 2);

    public TopicLayout {
        if (controlPartitions < 1) {
            throw new IllegalArgumentException("controlPartitions: must be at least 1, was " + controlPartitions);
        }
        if (lanePartitions < 1) {
            throw new IllegalArgumentException("lanePartitions: must be at least 1, was " + lanePartitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("replicationFactor: must be at least 1, was " + replicationFactor);
        }
        if (minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("minInsyncReplicas: must be between 1 and the replication factor "
                    + replicationFactor + ", was " + minInsyncReplicas);
        }
    }

    public int partitionsOf(TopicKind kind) {
        return kind == TopicKind.LANE ? lanePartitions : controlPartitions;
    }
}
