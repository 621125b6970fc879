package io.kairos.worker.intake;

import io.kairos.model.config.KairosConfig;
import io.kairos.model.id.WorkerId;
import io.kairos.model.topic.Topics;
import io.kairos.worker.execution.ProcessTree;
import io.kairos.worker.report.HeartbeatInterval;
import io.kairos.worker.report.Outbox;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The executor's settings, validated. Kafka client settings (everything outside {@code kairos.}) pass
 * through to its clients.
 *
 * @param workerId          {@code kairos.worker.id}; default host name plus a random suffix
 * @param queues            {@code kairos.executor.queues}, comma-separated; default {@code default}
 * @param slots             {@code kairos.executor.slots}: runs executed at once; default 8
 * @param heartbeatInterval {@code kairos.executor.heartbeat.interval}; default PT2S (shorter when a run's staleAfter/3 is)
 * @param drainTimeout      {@code kairos.executor.drain.timeout}: how long running runs may finish at shutdown; default PT30S
 * @param statusInterval    {@code kairos.executor.status.interval}: how often the worker's status is published; default PT5S
 * @param pollTimeout       {@code kairos.executor.poll.timeout}: longest wait of one poll; default PT0.1S
 * @param killGrace         {@code kairos.executor.kill.grace}: SIGTERM to SIGKILL of a stopped process tree; default PT5S
 * @param outboxCapacity    {@code kairos.executor.outbox.capacity}: records held while the broker is away; default 10000
 * @param version           {@code kairos.version}; default the jar's version, or {@code dev}
 */
public record WorkerExecutorConfig(WorkerId workerId, List<String> queues, int slots, Duration heartbeatInterval,
                                   Duration drainTimeout, Duration statusInterval, Duration pollTimeout,
                                   Duration killGrace, int outboxCapacity, String version, Properties kafka) {

    public static final String WORKER_ID = "kairos.worker.id";
    public static final String QUEUES = "kairos.executor.queues";
    public static final String SLOTS = "kairos.executor.slots";
    public static final String HEARTBEAT_INTERVAL = "kairos.executor.heartbeat.interval";
    public static final String DRAIN_TIMEOUT = "kairos.executor.drain.timeout";
    public static final String STATUS_INTERVAL = "kairos.executor.status.interval";
    public static final String POLL_TIMEOUT = "kairos.executor.poll.timeout";
    public static final String KILL_GRACE = "kairos.executor.kill.grace";
    public static final String OUTBOX_CAPACITY = "kairos.executor.outbox.capacity";
    public static final String VERSION = "kairos.version";

    public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_STATUS_INTERVAL = Duration.ofSeconds(5);
    public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofMillis(100);

    public WorkerExecutorConfig {
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(version, "version");
        queues = List.copyOf(queues);
        if (queues.isEmpty()) {
            throw new IllegalArgumentException(QUEUES + ": must name at least one queue");
        }
        queues.forEach(Topics::checkQueue);
        if (slots < 1) {
            throw new IllegalArgumentException(SLOTS + ": must be at least 1, was " + slots);
        }
        requirePositive(HEARTBEAT_INTERVAL, heartbeatInterval);
        requirePositive(STATUS_INTERVAL, statusInterval);
        requirePositive(POLL_TIMEOUT, pollTimeout);
        requireNotNegative(DRAIN_TIMEOUT, drainTimeout);
        requireNotNegative(KILL_GRACE, killGrace);
        if (outboxCapacity < 2) {
            throw new IllegalArgumentException(OUTBOX_CAPACITY + ": must be at least 2, was " + outboxCapacity);
        }
        kafka = copy(kafka);
        if (kafka.getProperty("bootstrap.servers") == null) {
            throw new IllegalArgumentException("bootstrap.servers: must be set (KAIROS_BOOTSTRAP_SERVERS)");
        }
    }

    public static WorkerExecutorConfig from(KairosConfig config) {
        String workerId = config.string(WORKER_ID, null);
        return new WorkerExecutorConfig(
                workerId == null ? WorkerId.generate(localHost()) : WorkerId.of(workerId),
                Arrays.stream(config.string(QUEUES, Topics.DEFAULT_QUEUE).split(",")).map(String::trim).toList(),
                config.integer(SLOTS, SlotPool.DEFAULT_SLOTS),
                config.duration(HEARTBEAT_INTERVAL, HeartbeatInterval.DEFAULT),
                config.duration(DRAIN_TIMEOUT, DEFAULT_DRAIN_TIMEOUT),
                config.duration(STATUS_INTERVAL, DEFAULT_STATUS_INTERVAL),
                config.duration(POLL_TIMEOUT, DEFAULT_POLL_TIMEOUT),
                config.duration(KILL_GRACE, ProcessTree.DEFAULT_GRACE),
                config.integer(OUTBOX_CAPACITY, Outbox.DEFAULT_CAPACITY),
                config.string(VERSION, packageVersion()),
                config.kafkaProperties());
    }

    public static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    @Override
    public Properties kafka() {
        return copy(kafka);
    }

    private static String packageVersion() {
        String version = WorkerExecutorConfig.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private static Properties copy(Properties properties) {
        Properties copy = new Properties();
        copy.putAll(Objects.requireNonNull(properties, "kafka"));
        return copy;
    }

    private static void requirePositive(String key, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(key + ": must be a positive duration, was " + value);
        }
    }

    private static void requireNotNegative(String key, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(key + ": must not be negative, was " + value);
        }
    }
}
