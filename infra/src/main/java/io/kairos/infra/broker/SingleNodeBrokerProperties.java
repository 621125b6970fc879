package io.kairos.infra.broker;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The server properties of a single-node KRaft cluster: one process is broker and controller,
 * listens only on the loopback interface, keeps internal topics at replication factor 1, rebalances
 * new groups at once, and never creates topics implicitly (Kairos creates its topics explicitly).
 */
final class SingleNodeBrokerProperties {

    static final int NODE_ID = 1;
    static final String HOST = "127.0.0.1";
    static final String CLIENT_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final int RETENTION_HOURS = 168;
    static final int SEGMENT_BYTES = 64 * 1024 * 1024;

    private SingleNodeBrokerProperties() {
    }

    static Properties of(Path logDir, int port, int controllerPort, Map<String, String> extraProperties) {
        Properties properties = new Properties();
        properties.putAll(roleAndListeners(port, controllerPort));
        properties.putAll(singleReplicaInternalTopics());
        properties.putAll(storage(logDir));
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("auto.create.topics.enable", "false");
        properties.putAll(extraProperties);
        return properties;
    }

    private static Map<String, String> roleAndListeners(int port, int controllerPort) {
        return Map.of(
                "process.roles", "broker,controller",
                "node.id", String.valueOf(NODE_ID),
                "controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort,
                "listeners", CLIENT_LISTENER + "://" + HOST + ":" + port + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort,
                "advertised.listeners", CLIENT_LISTENER + "://" + HOST + ":" + port,
                "listener.security.protocol.map", CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT",
                "inter.broker.listener.name", CLIENT_LISTENER,
                "controller.listener.names", CONTROLLER_LISTENER);
    }

    private static Map<String, String> singleReplicaInternalTopics() {
        return Map.of(
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "share.coordinator.state.topic.replication.factor", "1",
                "share.coordinator.state.topic.min.isr", "1",
                "default.replication.factor", "1",
                "min.insync.replicas", "1");
    }

    private static Map<String, String> storage(Path logDir) {
        return Map.of(
                "log.dirs", logDir.toString(),
                "metadata.log.dir", logDir.toString(),
                "log.retention.hours", String.valueOf(RETENTION_HOURS),
                "log.segment.bytes", String.valueOf(SEGMENT_BYTES));
    }
}
