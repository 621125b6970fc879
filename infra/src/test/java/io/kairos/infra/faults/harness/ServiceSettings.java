package io.kairos.infra.faults.harness;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code KAIROS_*} environment of each kind of service in a fault scenario: short group sessions
 * and sweeps, so that a crash is noticed in seconds, not minutes.
 */
public final class ServiceSettings {

    /** Consumer group session of every service: how long a killed member holds its partitions. */
    public static final Duration SESSION_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration MISSED_AFTER = Duration.ofSeconds(2);

    private ServiceSettings() {
    }

    static Map<String, String> common(String bootstrapServers, String instance, int httpPort) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAIROS_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("KAIROS_HTTP_HOST", "127.0.0.1");
        env.put("KAIROS_HTTP_PORT", Integer.toString(httpPort));
        env.put("KAIROS_HTTP_ADVERTISED_HOST", "127.0.0.1");
        env.put("KAIROS_INSTANCE", instance);
        env.put("KAIROS_KAFKA_SESSION_TIMEOUT_MS", Long.toString(SESSION_TIMEOUT.toMillis()));
        env.put("KAIROS_KAFKA_HEARTBEAT_INTERVAL_MS", "1000");
        return env;
    }

    static Map<String, String> trigger(String applicationId, String stateDir) {
        return Map.of("KAIROS_TRIGGER_APPLICATION_ID", applicationId,
                "KAIROS_TRIGGER_STATE_DIR", stateDir,
                "KAIROS_TRIGGER_MISSED_AFTER", MISSED_AFTER.toString(),
                "KAIROS_TRIGGER_SHUTDOWN_TIMEOUT", "PT15S");
    }

    static Map<String, String> ledger(String applicationId, String stateDir) {
        return Map.of("KAIROS_LEDGER_APPLICATION_ID", applicationId,
                "KAIROS_LEDGER_STATE_DIR", stateDir,
                "KAIROS_LEDGER_SWEEP_INTERVAL", "PT0.2S",
                "KAIROS_LEDGER_CANCEL_GRACE", "PT5S",
                "KAIROS_LEDGER_CLOSE_TIMEOUT", "PT15S");
    }

    static Map<String, String> executor(String workerId, int slots) {
        return Map.of("KAIROS_WORKER_ID", workerId,
                "KAIROS_EXECUTOR_SLOTS", Integer.toString(slots),
                "KAIROS_EXECUTOR_DRAIN_TIMEOUT", DRAIN_TIMEOUT.toString(),
                "KAIROS_EXECUTOR_STATUS_INTERVAL", "PT1S",
                "KAIROS_EXECUTOR_KILL_GRACE", "PT1S");
    }
}
