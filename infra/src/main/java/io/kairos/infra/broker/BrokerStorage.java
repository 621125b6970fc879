package io.kairos.infra.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's data directory: checks it can be used, and formats it as a new single-node cluster
 * (random cluster id, latest production metadata version) the first time, exactly as
 * {@code kafka-storage.sh format} would. Later starts find {@code meta.properties} and keep the data.
 */
final class BrokerStorage {

    static final String LOG_DIR_NAME = "logs";
    private static final String META_PROPERTIES = "meta.properties";
    private static final Logger log = LoggerFactory.getLogger(BrokerStorage.class);

    private final Path dataDir;

    BrokerStorage(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    Path dataDir() {
        return dataDir;
    }

    /** Where topic partitions and the metadata log live ({@code log.dirs} and {@code metadata.log.dir}). */
    Path logDir() {
        return dataDir.resolve(LOG_DIR_NAME);
    }

    /** Creates the data directory if needed and makes sure the broker can write there. */
    void requireWritable() {
        try {
            Files.createDirectories(logDir());
        } catch (IOException e) {
            throw notWritable(e);
        }
        if (!Files.isWritable(dataDir) || !Files.isWritable(logDir())) {
            throw notWritable(null);
        }
    }

    private BrokerStartupException notWritable(Exception cause) {
        return new BrokerStartupException("The Kafka data directory " + dataDir
                + " cannot be created or written; fix its permissions or choose another with --data-dir", cause);
    }

    /** Formats the storage on first use and returns the cluster id either way. */
    String formatIfNew(int nodeId, String controllerListenerName) {
        if (Files.exists(logDir().resolve(META_PROPERTIES))) {
            return existingClusterId();
        }
        String clusterId = Uuid.randomUuid().toString();
        format(nodeId, clusterId, controllerListenerName);
        return clusterId;
    }

    private void format(int nodeId, String clusterId, String controllerListenerName) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Formatter formatter = new Formatter()
                .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8))
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setNodeId(nodeId)
                .setClusterId(clusterId)
                .setDirectories(List.of(logDir().toString()))
                .setMetadataLogDirectory(logDir().toString())
                .setReleaseVersion(MetadataVersion.latestProduction())
                .setControllerListenerName(controllerListenerName)
                .setUnstableFeatureVersionsEnabled(false)
                .setIgnoreFormatted(false);
        try {
            formatter.run();
        } catch (Exception e) {
            throw new BrokerStartupException("Could not format the Kafka storage in " + logDir(), e);
        }
        log.info("Formatted new Kafka storage in {} as cluster {} at metadata version {}",
                logDir(), clusterId, MetadataVersion.latestProduction());
        log.debug("Formatter output: {}", output.toString(StandardCharsets.UTF_8).trim());
    }

    private String existingClusterId() {
        Properties meta = new Properties();
        try (Reader reader = Files.newBufferedReader(logDir().resolve(META_PROPERTIES), StandardCharsets.UTF_8)) {
            meta.load(reader);
        } catch (IOException e) {
            throw new BrokerStartupException("Cannot read " + logDir().resolve(META_PROPERTIES), e);
        }
        return meta.getProperty("cluster.id", "unknown");
    }
}
