package io.kairos.cli;

import io.kairos.model.catalog.PipelineCatalogReader;
import io.kairos.model.topic.TopicWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Option;

/** How to reach the Kafka cluster, as Kafka's own tools take it. */
public final class ClusterOptions {

    public static final String DEFAULT_BOOTSTRAP = "127.0.0.1:9092";
    static final String ENV_BOOTSTRAP = "KAIROS_BOOTSTRAP_SERVERS";

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers (default: $KAIROS_BOOTSTRAP_SERVERS, else " + DEFAULT_BOOTSTRAP + ").")
    String bootstrapServer;

    @Option(names = "--command-config", paramLabel = "FILE",
            description = "Properties file of Kafka client settings (security, SASL, TLS), passed through unchanged.")
    Path commandConfig;

    public String bootstrapServers() {
        if (bootstrapServer != null) {
            return bootstrapServer;
        }
        String fromEnv = System.getenv(ENV_BOOTSTRAP);
        return fromEnv == null || fromEnv.isBlank() ? DEFAULT_BOOTSTRAP : fromEnv;
    }

    /** The client settings: the command config file, then the bootstrap servers. */
    public Properties clientProperties() {
        Properties properties = new Properties();
        if (commandConfig != null) {
            try (Reader reader = Files.newBufferedReader(commandConfig, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new IllegalArgumentException("--command-config " + commandConfig + ": cannot read: " + e.getMessage(), e);
            }
        }
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        properties.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        return properties;
    }

    public Admin admin() {
        return Admin.create(clientProperties());
    }

    /** The pipelines as {@code kairos.pipelines} holds them now. */
    public PipelineCatalogReader catalog() {
        return new PipelineCatalogReader(clientProperties(), PipelineCatalogReader.DEFAULT_TIMEOUT);
    }

    /** An idempotent writer of the catalogue's topics; close it when done. */
    public TopicWriter writer() {
        return new TopicWriter(clientProperties(), TopicWriter.DEFAULT_SEND_TIMEOUT);
    }
}
