package io.kairos.infra.local;

import io.kairos.infra.broker.EmbeddedBrokerConfig;
import io.kairos.infra.broker.EmbeddedKafkaBroker;
import io.kairos.infra.ops.ClusterReachable;
import io.kairos.infra.ops.OpsHttpServer;
import io.kairos.infra.ops.ReadinessCheck;
import io.kairos.infra.ops.ServiceMetrics;
import io.kairos.infra.service.HttpSettings;
import io.kairos.infra.service.LocalHost;
import io.kairos.infra.service.ProcessLifecycle;
import io.kairos.infra.service.ServiceContext;
import io.kairos.infra.service.TriggerCommand;
import io.kairos.infra.service.WorkerCommand;
import io.kairos.model.config.ConfigLoader;
import io.kairos.model.config.KairosConfig;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.TopicCatalogueAdmin;
import io.kairos.model.topic.TopicDefinition;
import io.kairos.model.topic.TopicLayout;
import io.kairos.model.topic.Topics;
import io.kairos.trigger.TriggerConfig;
import io.kairos.worker.intake.WorkerExecutorConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system in one process, the composition root of {@code bin/kairos local}: the broker
 * (embedded or given), the catalogue's topics, the demo pipelines, the trigger, the ledger, the
 * executors, and one HTTP port. Closing it stops everything in reverse order of start.
 */
public final class LocalSystem implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalSystem.class);
    static final String APPLICATION = "kairos-local";

    private final LocalSettings settings;
    private final ProcessLifecycle process = new ProcessLifecycle("Kairos local");
    private ServiceMetrics metrics;
    private OpsHttpServer http;
    private String bootstrapServers;
    private Admin admin;

    private LocalSystem(LocalSettings settings) {
        this.settings = settings;
    }

    public static LocalSystem start(LocalSettings settings) {
        LocalSystem system = new LocalSystem(settings);
        try {
            system.startHttp();
            system.startBroker();
            system.createTopics();
            system.applyDemo();
            system.startServices();
            system.startStatusLine();
            system.http.markStarted();
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
        return system;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public int httpPort() {
        return http.port();
    }

    /** Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM). */
    public void awaitShutdownSignal() throws InterruptedException {
        process.awaitShutdownSignal();
    }

    private void startHttp() {
        metrics = process.add(new ServiceMetrics(APPLICATION, LocalHost.name()));
        http = process.add(OpsHttpServer.start(LocalSettings.HTTP_HOST, settings.httpPort(), metrics));
    }

    private void startBroker() {
        if (!settings.startsEmbeddedBroker()) {
            bootstrapServers = settings.bootstrapServers();
            log.info("Using the Kafka cluster at {}", bootstrapServers);
            return;
        }
        EmbeddedKafkaBroker broker = process.add(new EmbeddedKafkaBroker(EmbeddedBrokerConfig.defaults()
                .withDataDir(settings.brokerDataDir())
                .withPort(settings.kafkaPort())));
        broker.start();
        bootstrapServers = broker.bootstrapServers();
        log.info("Embedded Kafka broker listening on {} (data in {})", bootstrapServers, settings.brokerDataDir());
    }

    private void createTopics() {
        admin = process.add(Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers)));
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

    private void startServices() {
        KairosConfig config = serviceConfig();
        ServiceContext context = new ServiceContext(config, new HttpSettings(LocalSettings.HTTP_HOST, http.port(),
                LocalSettings.HTTP_HOST, LocalHost.name()), metrics, http, process);
        WorkerCommand.startLedger(context);
        TriggerCommand.startTrigger(context);
        for (int i = 1; i <= settings.workers(); i++) {
            WorkerCommand.startExecutor(context, config.with(WorkerExecutorConfig.WORKER_ID, "local-executor-" + i));
        }
        log.info("Trigger, ledger and {} executor(s) with {} slots each started; API on http://{}:{}/api/v1/status",
                settings.workers(), settings.slots(), LocalSettings.HTTP_HOST, http.port());
    }

    /** The environment's KAIROS_* settings, with what the local system decides on top. */
    private KairosConfig serviceConfig() {
        return ConfigLoader.fromSystemEnvironment().load(null)
                .with("bootstrap.servers", bootstrapServers)
                .with("kairos.ledger.state.dir", settings.dataDir().resolve("ledger").toString())
                .with(TriggerConfig.STATE_DIR, settings.dataDir().resolve("trigger").toString())
                .with(TriggerConfig.STANDBY_REPLICAS, "0")
                .with(WorkerExecutorConfig.SLOTS, Integer.toString(settings.slots()));
    }

    private void startStatusLine() {
        ScheduledExecutorService statusLine = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kairos-status");
            thread.setDaemon(true);
            return thread;
        });
        process.add(statusLine::shutdownNow);
        long every = settings.statusInterval().toMillis();
        statusLine.scheduleAtFixedRate(new StatusLine(LocalSettings.HTTP_HOST, http.port()), every, every,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        process.close();
    }
}
