package io.kairos.benchmarks.bench;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Where one scenario runs: its broker (embedded in this JVM unless a cluster was given), the
 * catalogue's topics, its work directory, and the Kairos services it starts as processes. Closing
 * it stops the services, then the broker.
 */
public final class BenchRun implements AutoCloseable {

    public static final int PARTITIONS = 12;
    public static final Duration COMMIT_INTERVAL = Duration.ofMillis(100);
    public static final int SLOTS = 100;
    public static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final BenchOptions options;
    private final Path workDir;
    private final List<ServiceProcess> services = new ArrayList<>();
    private EmbeddedKafkaBroker broker;
    private String bootstrapServers;
    private int ledgers;

    private BenchRun(BenchOptions options, Path workDir) {
        this.options = options;
        this.workDir = workDir;
    }

    /** A fresh work dir and broker for {@code scenario}, with the catalogue's topics. */
    public static BenchRun start(BenchOptions options, String scenario) {
        Path workDir = options.workDir().resolve(scenario);
        deleteRecursively(workDir);
        BenchRun run = new BenchRun(options, workDir);
        run.startBroker();
        run.createTopics();
        return run;
    }

    private void startBroker() {
        if (!options.startsEmbeddedBroker()) {
            bootstrapServers = options.bootstrapServers();
            return;
        }
        broker = new EmbeddedKafkaBroker(EmbeddedBrokerConfig.defaults().withDataDir(workDir.resolve("kafka"))
                .withPort(freePort()).withProperty("log.retention.hours", "1")).start();
        bootstrapServers = broker.bootstrapServers();
    }

    private void createTopics() {
        try (Admin admin = admin()) {
            new TopicCatalogueAdmin(admin).create(Topics.catalogue(new TopicLayout(PARTITIONS, PARTITIONS, (short) 1, 1),
                    List.of(Topics.DEFAULT_QUEUE)));
        }
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String brokerLocation() {
        return options.startsEmbeddedBroker()
                ? "embedded single-node KRaft broker in the bench JVM, same machine (" + bootstrapServers + ")"
                : "external cluster at " + bootstrapServers;
    }

    public BenchOptions options() {
        return options;
    }

    public Path workDir() {
        return workDir;
    }

    /** A ledger in a process of its own; a second call after a kill restarts it on the same state dir. */
    public ServiceProcess startLedger() {
        ledgers++;
        Map<String, String> environment = environment();
        environment.put("KAIROS_LEDGER_STATE_DIR", workDir.resolve("ledger-state").toString());
        environment.put("KAIROS_LEDGER_COMMIT_INTERVAL", COMMIT_INTERVAL.toString());
        environment.put("KAIROS_LEDGER_API_PORT", Integer.toString(freePort()));
        environment.putAll(options.ledgerSettings());
        return start("ledger-" + ledgers, List.of("worker", "--role", "ledger"), environment, "768m");
    }

    /** An executor of the default queue with {@code slots} slots. */
    public ServiceProcess startExecutor(String workerId, int slots) {
        Map<String, String> environment = environment();
        environment.put("KAIROS_WORKER_ID", workerId);
        environment.put("KAIROS_EXECUTOR_SLOTS", Integer.toString(slots));
        return start(workerId, List.of("worker", "--role", "executor"), environment, "256m");
    }

    /** The trigger, with its state in the work dir. */
    public ServiceProcess startTrigger() {
        Map<String, String> environment = environment();
        environment.put("KAIROS_TRIGGER_STATE_DIR", workDir.resolve("trigger-state").toString());
        environment.put("KAIROS_TRIGGER_STANDBY_REPLICAS", "0");
        environment.put("KAIROS_TRIGGER_COMMIT_INTERVAL", COMMIT_INTERVAL.toString());
        return start("trigger", List.of("trigger"), environment, "1g");
    }

    /** Starts the given services and waits until each is ready. */
    public static void awaitReady(ServiceProcess... processes) throws InterruptedException {
        for (ServiceProcess process : processes) {
            process.awaitReady(READY_TIMEOUT);
        }
    }

    private ServiceProcess start(String name, List<String> arguments, Map<String, String> environment, String heap) {
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        environment.putAll(options.serviceSettings());
        ServiceProcess process = ServiceProcess.start(name, arguments, environment, heap, freePort(),
                workDir.resolve(name + ".log"));
        services.add(process);
        return process;
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("KAIROS_BOOTSTRAP_SERVERS", bootstrapServers);
        environment.put("KAIROS_HTTP_HOST", "127.0.0.1");
        environment.put("KAIROS_HTTP_ADVERTISED_HOST", "127.0.0.1");
        return environment;
    }

    /** What a scenario measures at one size, on the run it is given. */
    @FunctionalInterface
    public interface SizeStep {
        void measure(BenchRun run, int size) throws Exception;
    }

    /**
     * Measures {@code step} at each size: the first on this run, every later one on a broker and work
     * dir of its own. A size's services stop before the next size starts, so none idles beside it.
     */
    public void eachSize(String scenario, List<Integer> sizes, SizeStep step) throws Exception {
        for (int i = 0; i < sizes.size(); i++) {
            BenchRun run = i == 0 ? this : start(options, scenario + "-" + sizes.get(i));
            try {
                step.measure(run, sizes.get(i));
            } finally {
                if (run == this) {
                    stopServices();
                } else {
                    run.close();
                }
            }
        }
    }

    /** Stops the services started so far, the newest first. */
    public void stopServices() throws InterruptedException {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        services.clear();
    }

    @Override
    public void close() throws InterruptedException {
        stopServices();
        if (broker != null) {
            broker.close();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
