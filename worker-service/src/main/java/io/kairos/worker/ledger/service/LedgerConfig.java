package io.kairos.worker.ledger.service;

import io.kairos.model.config.KairosConfig;
import io.kairos.worker.ledger.rules.LedgerSettings;
import io.kairos.worker.ledger.topology.LedgerTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The ledger service's settings, validated once. Kafka client settings (bootstrap, security) pass
 * through untouched in {@code kafka}; the Streams settings the ledger relies on are set last.
 *
 * @param apiPort 0 picks a free port
 */
public record LedgerConfig(String applicationId, Path stateDir, int streamThreads, Duration commitInterval,
                           Duration sweepInterval, LedgerSettings rules, String apiHost, int apiPort,
                           String advertisedHost, Duration closeTimeout, Map<String, String> kafka) {

    public static final String PREFIX = "kairos.ledger.";
    public static final String DEFAULT_APPLICATION_ID = "kairos-ledger";
    public static final Path DEFAULT_STATE_DIR = Path.of(System.getProperty("java.io.tmpdir"), "kairos-ledger");
    public static final int DEFAULT_STREAM_THREADS = 1;
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(100);
    public static final String DEFAULT_API_HOST = "127.0.0.1";
    public static final int DEFAULT_API_PORT = 8081;
    public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(30);
    /**
     * The group session of the ledger's consumers, unless the Kafka settings give one. Kafka's 45 s
     * default kept a killed ledger's partitions, and so every dispatch, from a ledger restarted at
     * once for 45 s; the stream thread's heartbeats run on their own thread, so a busy ledger keeps it.
     */
    public static final String DEFAULT_SESSION_TIMEOUT_MS = "10000";
    static final String SESSION_TIMEOUT = "session.timeout.ms";

    public LedgerConfig {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(commitInterval, "commitInterval");
        Objects.requireNonNull(sweepInterval, "sweepInterval");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(apiHost, "apiHost");
        Objects.requireNonNull(advertisedHost, "advertisedHost");
        Objects.requireNonNull(closeTimeout, "closeTimeout");
        kafka = Map.copyOf(kafka);
        require(!applicationId.isBlank(), "application.id: must not be blank");
        require(streamThreads >= 1, "stream.threads: must be at least 1, was " + streamThreads);
        require(!commitInterval.isNegative() && !commitInterval.isZero(), "commit.interval: must be positive, was " + commitInterval);
        require(!sweepInterval.isNegative() && !sweepInterval.isZero(), "sweep.interval: must be positive, was " + sweepInterval);
        require(apiPort >= 0 && apiPort <= 65535, "api.port: must be 0-65535, was " + apiPort);
        require(kafka.containsKey("bootstrap.servers"), "bootstrap.servers: missing (KAIROS_BOOTSTRAP_SERVERS)");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(PREFIX + message);
        }
    }

    public static LedgerConfig from(KairosConfig config) {
        String apiHost = config.string(PREFIX + "api.host", DEFAULT_API_HOST);
        LedgerSettings rules = new LedgerSettings(
                config.duration(PREFIX + "cancel.grace", LedgerSettings.DEFAULT_CANCEL_GRACE),
                config.duration(PREFIX + "retention", LedgerSettings.DEFAULT_RETENTION),
                config.integer(PREFIX + "sweep.batch", LedgerSettings.DEFAULT_SWEEP_BATCH));
        Map<String, String> kafka = new TreeMap<>();
        config.kafkaProperties().forEach((key, value) -> kafka.put(key.toString(), value.toString()));
        return new LedgerConfig(config.string(PREFIX + "application.id", DEFAULT_APPLICATION_ID),
                Path.of(config.string(PREFIX + "state.dir", DEFAULT_STATE_DIR.toString())),
                config.integer(PREFIX + "stream.threads", DEFAULT_STREAM_THREADS),
                config.duration(PREFIX + "commit.interval", DEFAULT_COMMIT_INTERVAL),
                config.duration(PREFIX + "sweep.interval", LedgerTopology.DEFAULT_SWEEP_INTERVAL), rules,
                apiHost, config.integer(PREFIX + "api.port", DEFAULT_API_PORT),
                config.string(PREFIX + "advertised.host", apiHost),
                config.duration(PREFIX + "close.timeout", DEFAULT_CLOSE_TIMEOUT), kafka);
    }

    /** The pass-through Kafka client settings alone, for the API's producer and topic views. */
    public Properties clientProperties() {
        Properties properties = new Properties();
        properties.putAll(kafka);
        return properties;
    }

    /** The Streams properties: the pass-through Kafka settings, then the ledger's own. */
    public Properties streamsProperties(int boundApiPort) {
        Properties properties = new Properties();
        properties.put(SESSION_TIMEOUT, DEFAULT_SESSION_TIMEOUT_MS);
        properties.putAll(kafka);
        properties.put("application.id", applicationId);
        properties.put("state.dir", stateDir.toString());
        properties.put("num.stream.threads", Integer.toString(streamThreads));
        properties.put("commit.interval.ms", Long.toString(commitInterval.toMillis()));
        properties.put("processing.guarantee", "exactly_once_v2");
        properties.put("application.server", advertisedHost + ":" + boundApiPort);
        properties.put("processing.exception.handler", LedgerProcessingExceptionHandler.class.getName());
        properties.put("processing.exception.handler.global.enabled", "true");
        return properties;
    }

    /** A copy with other values, for tests and embedding. */
    public LedgerConfig withApi(String host, int port) {
        return new LedgerConfig(applicationId, stateDir, streamThreads, commitInterval, sweepInterval, rules, host,
                port, host, closeTimeout, kafka);
    }
}
