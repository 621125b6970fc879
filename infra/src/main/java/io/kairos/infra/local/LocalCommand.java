package io.kairos.infra.local;

import io.kairos.infra.broker.EmbeddedBrokerConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/kairos local}: the whole system in one process, on an embedded broker unless told otherwise. */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = "Run the whole system in one process: an embedded single-node KRaft broker "
                + "(data under --data-dir) unless --bootstrap-server is given, and every Kairos topic. "
                + "Ctrl-C stops everything cleanly; a restart keeps the data.")
public final class LocalCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the embedded broker keeps its data (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of(".kairos");

    @Option(names = "--kafka-port", paramLabel = "PORT", description = "Port of the embedded broker on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int kafkaPort = EmbeddedBrokerConfig.DEFAULT_PORT;

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT",
            description = "Use this existing Kafka cluster instead of starting a broker.")
    String bootstrapServer;

    @Option(names = "--status-interval", paramLabel = "DURATION",
            description = "How often the status line is logged, ISO-8601 (default: ${DEFAULT-VALUE}).")
    java.time.Duration statusInterval = java.time.Duration.ofSeconds(10);

    @Override
    public Integer call() throws Exception {
        LocalSettings settings = new LocalSettings(dataDir, kafkaPort, bootstrapServer, statusInterval);
        try (LocalSystem system = LocalSystem.start(settings)) {
            system.awaitShutdownSignal();
        }
        return 0;
    }
}
