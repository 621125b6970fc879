package io.kairos.benchmarks;

import io.kairos.infra.broker.EmbeddedBrokerConfig;
import io.kairos.infra.broker.EmbeddedKafkaBroker;
import io.kairos.model.topic.TopicCatalogueAdmin;
import io.kairos.model.topic.TopicLayout;
import io.kairos.model.topic.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The trigger at scale, on one machine with the broker: loads N pipelines, measures fire lag, the
 * trigger's heap, and the time to restore its state after a restart. See docs/performance.md for
 * the command and the figures. Not a test: it prints a report.
 */
public final class TriggerBenchmark {

    private static final Duration STATUS_POLL = Duration.ofSeconds(5);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);

    private final BenchmarkSettings settings;
    private final Path stateDir;
    private String bootstrapServers;
    private int nodes;

    private TriggerBenchmark(BenchmarkSettings settings) {
        this.settings = settings;
        this.stateDir = settings.workDir().resolve("trigger-state");
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.parse(args);
        deleteRecursively(settings.workDir());
        Files.createDirectories(settings.workDir());
        EmbeddedBrokerConfig brokerConfig = EmbeddedBrokerConfig.defaults()
                .withDataDir(settings.workDir().resolve("kafka")).withPort(freePort())
                .withProperty("log.retention.hours", "1");
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(brokerConfig).start()) {
            System.out.println(measure(settings, broker.bootstrapServers()));
        }
    }

    /** Runs the benchmark against the broker at {@code bootstrap}, whose catalogue topics it creates when missing. */
    static BenchmarkReport measure(BenchmarkSettings settings, String bootstrap) throws Exception {
        return new TriggerBenchmark(settings).run(bootstrap);
    }

    private BenchmarkReport run(String bootstrap) throws Exception {
        bootstrapServers = bootstrap;
        createTopics();
        TriggerNodeProcess node = startNode();
        long firstReady = node.awaitReadyMillis(READY_TIMEOUT);
        long loadMillis = load(node);
        FireLagRecorder lag = new FireLagRecorder();
        lag.record(bootstrapServers, settings.measure());
        long[] status = node.status();
        long rssBytes = rssOf(node.pid());
        node.stop();
        long[] restore = settings.measureRestore() ? restoreTimes() : new long[] {-1, -1};
        return new BenchmarkReport(settings, firstReady, loadMillis, lag, status[1], rssBytes, restore[0], restore[1]);
    }

    private void createTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            TopicLayout layout = new TopicLayout(settings.partitions(), 1, (short) 1, 1);
            new TopicCatalogueAdmin(admin).create(Topics.catalogue(layout, List.of(Topics.DEFAULT_QUEUE)));
        }
    }

    private TriggerNodeProcess startNode() throws IOException {
        nodes++;
        return TriggerNodeProcess.start(Map.of(
                "KAIROS_BOOTSTRAP_SERVERS", bootstrapServers,
                "KAIROS_TRIGGER_STATE_DIR", stateDir.toString(),
                "KAIROS_TRIGGER_STANDBY_REPLICAS", "0",
                "KAIROS_TRIGGER_PUNCTUATION_INTERVAL", settings.punctuation().toString()), settings.triggerHeap(),
                settings.workDir().resolve("trigger-" + nodes + ".log"));
    }

    /** Publishes the pipelines and waits until the trigger schedules all of them; returns how long it took. */
    private long load(TriggerNodeProcess node) throws InterruptedException {
        long start = System.nanoTime();
        PipelineLoader.publish(bootstrapServers, settings.pipelines(), settings.schedule());
        while (node.status()[0] < settings.pipelines()) {
            Thread.sleep(STATUS_POLL.toMillis());
        }
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    /** {warm restart: state kept; cold restart: state deleted, restored from the changelogs}, in ms until RUNNING. */
    private long[] restoreTimes() throws IOException, InterruptedException {
        TriggerNodeProcess warm = startNode();
        long warmMillis = warm.awaitReadyMillis(READY_TIMEOUT);
        warm.stop();
        deleteRecursively(stateDir);
        TriggerNodeProcess cold = startNode();
        long coldMillis = cold.awaitReadyMillis(READY_TIMEOUT);
        cold.stop();
        return new long[] {warmMillis, coldMillis};
    }

    private static long rssOf(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024).orElse(-1L);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
