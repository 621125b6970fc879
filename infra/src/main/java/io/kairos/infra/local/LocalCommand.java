package io.kairos.infra.local;

import io.kairos.infra.broker.EmbeddedBrokerConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/kairos local}: the whole system in one process, on an embedded broker unless told otherwise. */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = "Run the whole system in one process: an embedded single-node KRaft broker "
                + "(data under --data-dir) unless --bootstrap-server is given, every Kairos topic, "
                + "and the demo pipelines of infra/demo/ unless --no-demo. "
                + "Ctrl-C stops everything cleanly; a restart keeps the data.")
public final class LocalCommand implements Callable<Integer> {

    /** Set by bin/kairos to the root of the installation. */
    public static final String KAIROS_HOME_PROPERTY = "kairos.home";

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the embedded broker keeps its data (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of(".kairos");

    @Option(names = "--kafka-port", paramLabel = "PORT", description = "Port of the embedded broker on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int kafkaPort = EmbeddedBrokerConfig.DEFAULT_PORT;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "HTTP port on 127.0.0.1 for the API, /livez, /readyz and /metrics (default: ${DEFAULT-VALUE}).")
    int httpPort = LocalSettings.DEFAULT_HTTP_PORT;

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT",
            description = "Use this existing Kafka cluster instead of starting a broker.")
    String bootstrapServer;

    @Option(names = "--status-interval", paramLabel = "DURATION",
            description = "How often the status line is logged, ISO-8601 (default: ${DEFAULT-VALUE}).")
    java.time.Duration statusInterval = java.time.Duration.ofSeconds(10);

    @Option(names = "--workers", paramLabel = "N", description = "Executor instances (default: ${DEFAULT-VALUE}).")
    int workers = LocalSettings.DEFAULT_WORKERS;

    @Option(names = "--slots", paramLabel = "N", description = "Slots of each executor (default: ${DEFAULT-VALUE}).")
    int slots = LocalSettings.DEFAULT_SLOTS;

    @Option(names = "--no-demo", description = "Do not apply the demo pipelines of infra/demo/.")
    boolean noDemo;

    @Option(names = "--demo-dir", paramLabel = "DIR", hidden = true,
            description = "Where the demo pipelines are (default: infra/demo/ of the Kairos installation).")
    Path demoDir = Path.of(System.getProperty(KAIROS_HOME_PROPERTY, "."), "infra", "demo");

    @Override
    public Integer call() throws Exception {
        LocalSettings settings = new LocalSettings(dataDir, kafkaPort, bootstrapServer, statusInterval,
                noDemo ? null : demoDir, httpPort, workers, slots);
        try (LocalSystem system = LocalSystem.start(settings)) {
            system.awaitShutdownSignal();
        }
        return 0;
    }
}
