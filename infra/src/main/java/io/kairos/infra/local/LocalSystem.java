package io.kairos.infra.local;

import io.kairos.infra.broker.EmbeddedBrokerConfig;
import io.kairos.infra.broker.EmbeddedKafkaBroker;
import io.kairos.infra.ops.ClusterReachable;
import io.kairos.infra.ops.OpsHttpServer;
import io.kairos.infra.ops.ReadinessCheck;
import io.kairos.infra.ops.ServiceMetrics;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.TopicCatalogueAdmin;
import io.kairos.model.topic.TopicDefinition;
import io.kairos.model.topic.TopicLayout;
import io.kairos.model.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running local system: the broker (embedded or given), the catalogue's topics and, as they
 * come, the services. The composition root of {@code bin/kairos local}. Closing it stops everything
 * in reverse order of start.
 */
public final class LocalSystem implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalSystem.class);
    private static final long SHUTDOWN_TIMEOUT_SECONDS = 60;

    private final LocalSettings settings;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final CountDownLatch shutdown = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private String bootstrapServers;
    private OpsHttpServer http;
    private Admin admin;
    private ScheduledExecutorService statusLine;

    private LocalSystem(LocalSettings settings) {
        this.settings = settings;
    }

    public static LocalSystem start(LocalSettings settings) {
        LocalSystem system = new LocalSystem(settings);
        try {
            system.startOps();
            system.startBroker();
            system.createTopics();
            system.applyDemo();
            system.startStatusLine();
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
        return system;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM). The shutdown hook then waits for
     * {@link #close} to finish, so the JVM does not exit under a broker that is still stopping.
     */
    public void awaitShutdownSignal() throws InterruptedException {
        Thread hook = new Thread(() -> {
            shutdown.countDown();
            awaitStopped();
        }, "kairos-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        log.info("Kairos local is running; Ctrl-C stops it");
        shutdown.await();
        log.info("Stopping Kairos local");
    }

    public int httpPort() {
        return http.port();
    }

    private void startOps() {
        ServiceMetrics metrics = new ServiceMetrics("kairos-local", hostName());
        started.add(metrics);
        http = OpsHttpServer.start(LocalSettings.HTTP_HOST, settings.httpPort(), metrics);
        started.add(http);
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    private void startBroker() {
        if (!settings.startsEmbeddedBroker()) {
            bootstrapServers = settings.bootstrapServers();
            log.info("Using the Kafka cluster at {}", bootstrapServers);
            return;
        }
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(EmbeddedBrokerConfig.defaults()
                .withDataDir(settings.brokerDataDir())
                .withPort(settings.kafkaPort()));
        broker.start();
        started.add(broker);
        bootstrapServers = broker.bootstrapServers();
        log.info("Embedded Kafka broker listening on {} (data in {})", bootstrapServers, settings.brokerDataDir());
    }

    private void createTopics() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        started.add(admin);
        http.addReadinessCheck(ReadinessCheck.of("kafka", new ClusterReachable(admin)));
        TopicCatalogueAdmin catalogueAdmin = new TopicCatalogueAdmin(admin);
        List<TopicDefinition> catalogue = catalogueAdmin.catalogueFor(TopicLayout.SINGLE_BROKER, List.of(Topics.DEFAULT_QUEUE));
        Map<String, String> outcome = catalogueAdmin.create(catalogue);
        long created = outcome.values().stream().filter("created"::equals).count();
        log.info("Topics ready: {} in the catalogue, {} created now", catalogue.size(), created);
    }

    private void applyDemo() {
        if (!settings.appliesDemo()) {
            return;
        }
        List<PipelineSpec> applied = DemoPipelines.apply(settings.demoDir(), bootstrapServers);
        log.info("Demo pipelines applied from {}: {}", settings.demoDir(),
                applied.stream().map(spec -> spec.id().value()).toList());
    }

    private void startStatusLine() {
        statusLine = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kairos-status");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.statusInterval().toMillis();
        statusLine.scheduleAtFixedRate(new StatusLine(admin), every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (statusLine != null) {
            statusLine.shutdownNow();
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            closeQuietly(started.get(i));
        }
        started.clear();
        shutdown.countDown();
        stopped.countDown();
    }

    private void awaitStopped() {
        try {
            if (!stopped.await(SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("Shutdown took longer than {} s; exiting anyway", SHUTDOWN_TIMEOUT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            log.warn("Could not stop {} cleanly; continuing shutdown", closeable.getClass().getSimpleName(), e);
        }
    }
}
