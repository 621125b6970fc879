package io.kairos.model.topic;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a topic is kept: its partitioning rule, cleanup policy and retention, and whose clock stamps
 * its records.
 */
public enum TopicKind {
    /** A log of facts or orders, keyed so that one pipeline's records share a partition. */
    CONTROL_LOG("delete", Duration.ofDays(7), false),
    /** The latest value per key (pipelines); never expires. */
    CONTROL_TABLE("compact", null, false),
    /**
     * A log of the executors' reports: like a control log, but stamped by the broker ({@code
     * LogAppendTime}), so no worker's clock enters it and a worker whose clock runs ahead is not refused.
     */
    REPORT_LOG("delete", Duration.ofDays(7), true),
    /** The latest report per key (workers' liveness), stamped by the broker like {@link #REPORT_LOG}. */
    REPORT_TABLE("compact", null, true),
    /** A priority lane of a queue, keyed by run id. */
    LANE("delete", Duration.ofDays(7), false),
    /** Records no service could process, with the reason in headers; kept for operators. */
    DEAD_LETTER("delete", Duration.ofDays(30), false);

    private final String cleanupPolicy;
    private final Duration retention;
    private final boolean isStampedByBroker;

    TopicKind(String cleanupPolicy, Duration retention, boolean isStampedByBroker) {
        this.cleanupPolicy = cleanupPolicy;
        this.retention = retention;
        this.isStampedByBroker = isStampedByBroker;
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
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("cleanup.policy", cleanupPolicy);
        if (retention != null) {
            configs.put("retention.ms", Long.toString(retention.toMillis()));
        }
        if (isStampedByBroker) {
            configs.put("message.timestamp.type", "LogAppendTime");
        }
        return configs;
    }
}
