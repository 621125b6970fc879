package io.kairos.trigger;

import io.kairos.model.config.KairosConfig;
import io.kairos.trigger.schedule.FiringRules;
import io.kairos.trigger.topology.FailedSpecHandler;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The trigger-service's settings, validated. Kafka client settings (bootstrap, security, tuning)
 * pass through unchanged and may override the Streams settings derived here, except the processing
 * guarantee and the processing error handler, which the trigger's guarantees depend on.
 *
 * @param specCacheSize how many parsed specs each task keeps, the most recently fired ones
 * @param kafka every Kafka client setting given (keys outside {@code kairos.})
 */
public record TriggerConfig(
        String applicationId,
        Path stateDir,
        Duration punctuationInterval,
        Duration missedAfter,
        int maxRecordsPerPlan,
        int maxRecordsPerPunctuation,
        Duration maxPunctuationWork,
        int standbyReplicas,
        Duration commitInterval,
        int streamThreads,
        Duration shutdownTimeout,
        int specCacheSize,
        Map<String, String> kafka) {

    public static final String APPLICATION_ID = "kairos.trigger.application.id";
    public static final String STATE_DIR = "kairos.trigger.state.dir";
    public static final String PUNCTUATION_INTERVAL = "kairos.trigger.punctuation.interval";
    public static final String MISSED_AFTER = "kairos.trigger.missed.after";
    public static final String MAX_RECORDS_PER_PLAN = "kairos.trigger.max.records.per.plan";
    public static final String MAX_RECORDS_PER_PUNCTUATION = "kairos.trigger.max.records.per.punctuation";
    public static final String MAX_PUNCTUATION_WORK = "kairos.trigger.max.punctuation.work";
    public static final String STANDBY_REPLICAS = "kairos.trigger.standby.replicas";
    public static final String COMMIT_INTERVAL = "kairos.trigger.commit.interval";
    public static final String STREAM_THREADS = "kairos.trigger.stream.threads";
    public static final String SHUTDOWN_TIMEOUT = "kairos.trigger.shutdown.timeout";
    public static final String SPEC_CACHE_SIZE = "kairos.trigger.spec.cache.size";

    public static final String DEFAULT_APPLICATION_ID = "kairos-trigger";
    public static final Path DEFAULT_STATE_DIR = Path.of(System.getProperty("java.io.tmpdir"), "kairos-trigger");
    public static final Duration DEFAULT_PUNCTUATION_INTERVAL = Duration.ofMillis(50);
    public static final int DEFAULT_STANDBY_REPLICAS = 1;
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(100);
    public static final int DEFAULT_STREAM_THREADS = 1;
    public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
    /** Per task: with 12 tasks, up to 120 000 parsed specs, roughly 1 KiB of heap each. */
    public static final int DEFAULT_SPEC_CACHE_SIZE = 10_000;
    public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";
    /** The longest the stream thread blocks polling for specs, so punctuations are never held up longer. */
    static final Duration LONGEST_POLL = Duration.ofMillis(100);

    public TriggerConfig {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(missedAfter, "missedAfter");
        requirePositive(PUNCTUATION_INTERVAL, punctuationInterval);
        requirePositive(COMMIT_INTERVAL, commitInterval);
        requirePositive(SHUTDOWN_TIMEOUT, shutdownTimeout);
        if (applicationId.isBlank()) {
            throw new IllegalArgumentException(APPLICATION_ID + ": must not be blank");
        }
        if (standbyReplicas < 0) {
            throw new IllegalArgumentException(STANDBY_REPLICAS + ": must not be negative, was " + standbyReplicas);
        }
        if (specCacheSize < 0) {
            throw new IllegalArgumentException(SPEC_CACHE_SIZE + ": must not be negative, was " + specCacheSize);
        }
        if (streamThreads < 1) {
            throw new IllegalArgumentException(STREAM_THREADS + ": must be at least 1, was " + streamThreads);
        }
        new FiringRules(missedAfter, maxRecordsPerPlan, maxRecordsPerPunctuation, maxPunctuationWork);
        kafka = Map.copyOf(kafka);
    }

    /** The settings of {@code config}, defaults for those it does not name. */
    public static TriggerConfig from(KairosConfig config) {
        Map<String, String> kafka = new TreeMap<>();
        config.kafkaProperties().forEach((key, value) -> kafka.put(key.toString(), value.toString()));
        kafka.putIfAbsent(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, DEFAULT_BOOTSTRAP_SERVERS);
        return new TriggerConfig(
                config.string(APPLICATION_ID, DEFAULT_APPLICATION_ID),
                Path.of(config.string(STATE_DIR, DEFAULT_STATE_DIR.toString())),
                config.duration(PUNCTUATION_INTERVAL, DEFAULT_PUNCTUATION_INTERVAL),
                config.duration(MISSED_AFTER, FiringRules.DEFAULT_MISSED_AFTER),
                config.integer(MAX_RECORDS_PER_PLAN, FiringRules.DEFAULT_MAX_RECORDS_PER_PLAN),
                config.integer(MAX_RECORDS_PER_PUNCTUATION, FiringRules.DEFAULT_MAX_RECORDS_PER_PUNCTUATION),
                config.duration(MAX_PUNCTUATION_WORK, FiringRules.DEFAULT_MAX_PUNCTUATION_WORK),
                config.integer(STANDBY_REPLICAS, DEFAULT_STANDBY_REPLICAS),
                config.duration(COMMIT_INTERVAL, DEFAULT_COMMIT_INTERVAL),
                config.integer(STREAM_THREADS, DEFAULT_STREAM_THREADS),
                config.duration(SHUTDOWN_TIMEOUT, DEFAULT_SHUTDOWN_TIMEOUT),
                config.integer(SPEC_CACHE_SIZE, DEFAULT_SPEC_CACHE_SIZE),
                kafka);
    }

    public FiringRules firingRules() {
        return new FiringRules(missedAfter, maxRecordsPerPlan, maxRecordsPerPunctuation, maxPunctuationWork);
    }

    /** The Kafka Streams configuration: derived settings, then the pass-through, then the fixed ones. */
    public Properties streamsProperties() {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        properties.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, standbyReplicas);
        properties.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis());
        properties.put(StreamsConfig.POLL_MS_CONFIG, Math.min(punctuationInterval.toMillis(), LONGEST_POLL.toMillis()));
        properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
        properties.putAll(kafka);
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, FailedSpecHandler.class);
        properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        return properties;
    }

    /** The effective settings for the start-up log line, secrets masked. */
    public String describe() {
        return "applicationId=" + applicationId + ", stateDir=" + stateDir + ", punctuationInterval=" + punctuationInterval
                + ", missedAfter=" + missedAfter + ", maxRecordsPerPlan=" + maxRecordsPerPlan
                + ", maxRecordsPerPunctuation=" + maxRecordsPerPunctuation + ", maxPunctuationWork=" + maxPunctuationWork
                + ", standbyReplicas="
                + standbyReplicas + ", commitInterval=" + commitInterval + ", streamThreads=" + streamThreads
                + ", shutdownTimeout=" + shutdownTimeout + ", specCacheSize=" + specCacheSize + ", kafka=" + KairosConfig.of(kafka).describe();
    }

    private static void requirePositive(String key, Duration value) {
        Objects.requireNonNull(value, key);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + ": must be positive, was " + value);
        }
    }
}
