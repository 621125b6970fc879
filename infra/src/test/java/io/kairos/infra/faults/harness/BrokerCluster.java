package io.kairos.infra.faults.harness;

import static org.awaitility.Awaitility.await;

import io.kairos.testkit.FreePorts;
import io.kairos.testkit.KafkaTestCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;

/**
 * A KRaft cluster of {@code n} nodes, each broker and controller in a process of its own
 * ({@link BrokerNodeMain}), so that a node can be stopped with SIGTERM, killed with SIGKILL or frozen
 * with SIGSTOP, and started again on its data. Topics are replicated to every node with
 * {@code min.insync.replicas} 2 when there are three.
 */
public final class BrokerCluster implements AutoCloseable {

    public static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path dir;
    private final String clusterId = Uuid.randomUuid().toString();
    private final List<Integer> clientPorts = new ArrayList<>();
    private final List<Integer> controllerPorts = new ArrayList<>();
    private final Map<Integer, JvmProcess> nodes = new HashMap<>();

    private BrokerCluster(Path dir, int size) {
        this.dir = dir;
        for (int i = 0; i < size; i++) {
            clientPorts.add(FreePorts.next());
            controllerPorts.add(FreePorts.next());
        }
    }

    /** Starts {@code size} nodes and returns once every broker has registered. */
    public static BrokerCluster start(Path dir, int size) throws IOException {
        BrokerCluster cluster = new BrokerCluster(dir, size);
        for (int node = 1; node <= size; node++) {
            cluster.startNode(node);
        }
        cluster.awaitBrokers(size);
        return cluster;
    }

    public String bootstrapServers() {
        return clientPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
    }

    /** Clients for the scenario's history and fixtures; {@link KafkaTestCluster#disconnect()} when done. */
    public KafkaTestCluster connect() {
        return KafkaTestCluster.connectedTo(bootstrapServers(), "broker processes in " + dir);
    }

    public int size() {
        return clientPorts.size();
    }

    public List<Integer> nodeIds() {
        List<Integer> ids = new ArrayList<>();
        for (int node = 1; node <= size(); node++) {
            ids.add(node);
        }
        return ids;
    }

    /** Starts (or starts again, on its data) node {@code node}, numbered from 1. */
    public void startNode(int node) throws IOException {
        Path data = Files.createDirectories(dir.resolve("broker-" + node));
        Files.createDirectories(dir.resolve("logs"));
        nodes.put(node, JvmProcess.start("broker-" + node, BrokerNodeMain.class.getName(),
                List.of(Integer.toString(node), clusterId, data.toString(), join(clientPorts), join(controllerPorts)),
                Map.of(), dir.resolve("logs")));
    }

    private static String join(List<Integer> ports) {
        return ports.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public JvmProcess node(int node) {
        return nodes.get(node);
    }

    /** Waits until {@code count} brokers are registered and unfenced. */
    public void awaitBrokers(int count) {
        await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> brokersUp() == count);
    }

    private int brokersUp() throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        try (Admin admin = admin()) {
            return admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
        }
    }

    /** Waits until every node is back and every partition of every topic has all its replicas in sync. */
    public void awaitFullyReplicated() {
        awaitBrokers(size());
        await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(this::isFullyReplicated);
    }

    private boolean isFullyReplicated() throws Exception {
        try (Admin admin = admin()) {
            Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names()
                    .get(5, TimeUnit.SECONDS);
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                    .get(5, TimeUnit.SECONDS);
            return described.values().stream().flatMap(topic -> topic.partitions().stream())
                    .allMatch(partition -> partition.leader() != null && partition.isr().size() == size());
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000"));
    }

    /** Stops every node still running, gracefully. */
    @Override
    public void close() throws Exception {
        for (JvmProcess node : nodes.values()) {
            node.close();
        }
    }
}
