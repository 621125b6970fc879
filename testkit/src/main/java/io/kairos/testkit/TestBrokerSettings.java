package io.kairos.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Broker settings that make a small test cluster fast and deterministic: no initial rebalance delay,
 * internal topics sized for the broker count, short group session timeouts so crash tests do not wait
 * 45 s, quick transaction clean-up, and no automatic topic creation (Kairos creates its topics).
 */
public final class TestBrokerSettings {

    static final int SESSION_TIMEOUT_MS = 6_000;
    static final int MIN_SESSION_TIMEOUT_MS = 1_000;
    static final int HEARTBEAT_INTERVAL_MS = 1_000;
    static final int MIN_HEARTBEAT_INTERVAL_MS = 500;
    static final int TRANSACTION_CLEANUP_INTERVAL_MS = 1_000;
    static final int INTERNAL_TOPIC_PARTITIONS = 5;
    static final int BROKER_SESSION_TIMEOUT_MS = 2_000;
    static final int BROKER_HEARTBEAT_INTERVAL_MS = 500;

    private TestBrokerSettings() {
    }

    /** The settings for a cluster of {@code brokerCount} brokers, as broker config names and values. */
    public static Map<String, String> forBrokers(int brokerCount) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.putAll(groupSettings());
        settings.putAll(internalTopicSettings(brokerCount));
        settings.putAll(transactionSettings());
        settings.putAll(smallThreadPools());
        settings.putAll(brokerSessionSettings());
        settings.put("auto.create.topics.enable", "false");
        settings.put("unstable.api.versions.enable", "false");
        settings.put("unstable.feature.versions.enable", "false");
        return settings;
    }

    private static Map<String, String> groupSettings() {
        return Map.of(
                "group.initial.rebalance.delay.ms", "0",
                "group.min.session.timeout.ms", String.valueOf(MIN_SESSION_TIMEOUT_MS),
                "group.consumer.session.timeout.ms", String.valueOf(SESSION_TIMEOUT_MS),
                "group.consumer.min.session.timeout.ms", String.valueOf(MIN_SESSION_TIMEOUT_MS),
                "group.consumer.heartbeat.interval.ms", String.valueOf(HEARTBEAT_INTERVAL_MS),
                "group.consumer.min.heartbeat.interval.ms", String.valueOf(MIN_HEARTBEAT_INTERVAL_MS));
    }

    private static Map<String, String> internalTopicSettings(int brokerCount) {
        String replicationFactor = String.valueOf(Math.min(3, brokerCount));
        String minIsr = String.valueOf(Math.min(2, brokerCount));
        String partitions = String.valueOf(INTERNAL_TOPIC_PARTITIONS);
        return Map.of(
                "offsets.topic.replication.factor", replicationFactor,
                "offsets.topic.num.partitions", partitions,
                "transaction.state.log.replication.factor", replicationFactor,
                "transaction.state.log.min.isr", minIsr,
                "transaction.state.log.num.partitions", partitions,
                "share.coordinator.state.topic.replication.factor", replicationFactor,
                "share.coordinator.state.topic.min.isr", minIsr);
    }

    private static Map<String, String> transactionSettings() {
        String interval = String.valueOf(TRANSACTION_CLEANUP_INTERVAL_MS);
        return Map.of(
                "transaction.abort.timed.out.transaction.cleanup.interval.ms", interval,
                "transaction.remove.expired.transaction.cleanup.interval.ms", interval);
    }

    /**
     * A restarted broker registers again only once the controller has expired its previous session,
     * so a short session makes {@code startBroker} and the fencing of a crashed broker quick.
     */
    private static Map<String, String> brokerSessionSettings() {
        return Map.of(
                "broker.session.timeout.ms", String.valueOf(BROKER_SESSION_TIMEOUT_MS),
                "broker.heartbeat.interval.ms", String.valueOf(BROKER_HEARTBEAT_INTERVAL_MS));
    }

    private static Map<String, String> smallThreadPools() {
        return Map.of(
                "num.network.threads", "2",
                "num.io.threads", "2",
                "background.threads", "2",
                "num.replica.fetchers", "1",
                "num.recovery.threads.per.data.dir", "1",
                "log.cleaner.threads", "1");
    }
}
