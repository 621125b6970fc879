package io.kairos.model.topic;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.NewTopic;

/** A topic as it should exist on the cluster: what {@code kairosctl topics create|verify} work from. */
public record TopicDefinition(String name, int partitions, short replicationFactor, Map<String, String> configs) {

    public TopicDefinition {
        Objects.requireNonNull(name, "name");
        configs = Map.copyOf(configs);
    }

    public static TopicDefinition of(Topic<?, ?> topic, TopicLayout layout) {
        Map<String, String> configs = new TreeMap<>(topic.kind().configs());
        configs.put("min.insync.replicas", Integer.toString(layout.minInsyncReplicas()));
        return new TopicDefinition(topic.name(), layout.partitionsOf(topic.kind()), layout.replicationFactor(), configs);
    }

    public String cleanupPolicy() {
        return configs.getOrDefault("cleanup.policy", "delete");
    }

    public NewTopic toNewTopic() {
        return new NewTopic(name, partitions, replicationFactor).configs(configs);
    }
}
