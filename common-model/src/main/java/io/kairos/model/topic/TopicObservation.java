package io.kairos.model.topic;

import java.util.Map;

/**
 * A catalogue topic as found on the cluster, or missing.
 *
 * @param partitions        -1 when missing
 * @param replicationFactor -1 when missing
 */
public record TopicObservation(TopicDefinition expected, boolean exists, int partitions, int replicationFactor,
                               Map<String, String> configs) {

    public static TopicObservation missing(TopicDefinition expected) {
        return new TopicObservation(expected, false, -1, -1, Map.of());
    }

    public String cleanupPolicy() {
        return configs.getOrDefault("cleanup.policy", "delete");
    }
}
