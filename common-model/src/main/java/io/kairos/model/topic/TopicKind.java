package io.kairos.model.topic;

import java.time.Duration;
import java.util.Map;

/** How a topic is kept: its partitioning rule, cleanup policy and retention. */
public enum TopicKind {
    /** A log of facts or orders, keyed so that one pipeline's records share a partition. */
    CONTROL_LOG("delete", Duration.ofDays(7)),
    /** The latest value per key (pipelines, workers); never expires. */
    CONTROL_TABLE("compact", null),
    /** A priority lane of a queue, keyed by run id. */
    LANE("delete", Duration.ofDays(7)),
    /** Records no service could process, with the reason in headers; kept for operators. */
    DEAD_LETTER("delete", Duration.ofDays(30));

    private final String cleanupPolicy;
    private final Duration retention;

    TopicKind(String cleanupPolicy, Duration retention) {
        this.cleanupPolicy = cleanupPolicy;
        this.retention = retention;
    }

    public String cleanupPolicy() {
        return cleanupPolicy;
    }

    /** Null for a compacted topic, which keeps every key's latest value. */
    public Duration retention() {
        return retention;
    }

    /** The topic configs this kind sets, beyond the replication settings of the layout. */
    public Map<String, String> configs() {
        if (retention == null) {
            return Map.of("cleanup.policy", cleanupPolicy);
        }
        return Map.of("cleanup.policy", cleanupPolicy, "retention.ms", Long.toString(retention.toMillis()));
    }
}
