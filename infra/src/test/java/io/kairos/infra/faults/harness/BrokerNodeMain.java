package io.kairos.infra.faults.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import io.kairos.testkit.TestBrokerSettings;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One node of a KRaft cluster (broker and controller in one process) in a JVM of its own, so a fault
 * test can kill it with SIGKILL or freeze it with SIGSTOP. Arguments: node id, cluster id, data
 * directory, then {@code host:port} client listeners and controller ports of every node, in node order
 * (see {@link BrokerCluster}). Formats its storage on first start; SIGTERM shuts it down cleanly.
 */
public final class BrokerNodeMain {

    private BrokerNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        int nodeId = Integer.parseInt(args[0]);
        String clusterId = args[1];
        Path dataDir = Path.of(args[2]);
        List<Integer> clientPorts = ports(args[3]);
        List<Integer> controllerPorts = ports(args[4]);
        Properties properties = properties(nodeId, dataDir, clientPorts, controllerPorts);
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            format(nodeId, clusterId, dataDir);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            server.awaitShutdown();
        }, "broker-shutdown"));
        server.startup();
        new CountDownLatch(1).await();
    }

    private static List<Integer> ports(String list) {
        return List.of(list.split(",")).stream().map(Integer::parseInt).toList();
    }

    static Properties properties(int nodeId, Path dataDir, List<Integer> clientPorts, List<Integer> controllerPorts) {
        int nodes = clientPorts.size();
        String replicas = Integer.toString(nodes);
        String minIsr = Integer.toString(Math.min(2, nodes));
        StringBuilder voters = new StringBuilder();
        for (int i = 0; i < nodes; i++) {
            voters.append(i == 0 ? "" : ",").append(i + 1).append("@127.0.0.1:").append(controllerPorts.get(i));
        }
        int clientPort = clientPorts.get(nodeId - 1);
        int controllerPort = controllerPorts.get(nodeId - 1);
        Properties p = new Properties();
        p.putAll(TestBrokerSettings.forBrokers(nodes)); // short group sessions allowed, small thread pools
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(nodeId));
        p.put("controller.quorum.voters", voters.toString());
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("log.dirs", dataDir.toString());
        p.put("metadata.log.dir", dataDir.toString());
        p.put("default.replication.factor", replicas);
        p.put("min.insync.replicas", minIsr);
        p.put("unclean.leader.election.enable", "false");
        p.put("replica.lag.time.max.ms", "5000");
        return p;
    }

    private static void format(int nodeId, String clusterId, Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        new Formatter()
                .setPrintStream(System.out)
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setNodeId(nodeId)
                .setClusterId(clusterId)
                .setDirectories(List.of(dataDir.toString()))
                .setMetadataLogDirectory(dataDir.toString())
                .setReleaseVersion(MetadataVersion.latestProduction())
                .setControllerListenerName("CONTROLLER")
                .setUnstableFeatureVersionsEnabled(false)
                .setIgnoreFormatted(false)
                .run();
    }
}
