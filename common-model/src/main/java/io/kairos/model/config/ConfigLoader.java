package io.kairos.model.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Merges a service's settings from, lowest precedence first: an optional properties file, then
 * environment variables {@code KAIROS_*}. Environment names map onto keys as follows:
 * <ul>
 *   <li>{@code KAIROS_KAFKA_SECURITY_PROTOCOL} → Kafka client setting {@code security.protocol}
 *       ({@code KAIROS_KAFKA_} prefix, then lower case with '_' as '.');</li>
 *   <li>{@code KAIROS_BOOTSTRAP_SERVERS} → {@code bootstrap.servers};</li>
 *   <li>{@code KAIROS_HTTP_PORT} → Kairos setting {@code kairos.http.port} (every other name).</li>
 * </ul>
 * {@code KAIROS_CONFIG_FILE} names the properties file when the caller gives none.
 */
public final class ConfigLoader {

    public static final String ENV_PREFIX = "KAIROS_";
    public static final String ENV_KAFKA_PREFIX = "KAIROS_KAFKA_";
    public static final String ENV_CONFIG_FILE = "KAIROS_CONFIG_FILE";
    private static final String ENV_BOOTSTRAP = "KAIROS_BOOTSTRAP_SERVERS";

    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public static ConfigLoader fromSystemEnvironment() {
        return new ConfigLoader(System.getenv());
    }

    /** Loads from {@code file} (may be null: then {@code KAIROS_CONFIG_FILE}, else none) and the environment. */
    public KairosConfig load(Path file) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> origins = new HashMap<>();
        Path propertiesFile = file != null ? file : configFileFromEnvironment();
        if (propertiesFile != null) {
            readProperties(propertiesFile).forEach((key, value) -> {
                values.put(key, value);
                origins.put(key, propertiesFile.toString());
            });
        }
        environment.forEach((name, value) -> {
            String key = keyOf(name);
            if (key != null) {
                values.put(key, value);
                origins.put(key, "env " + name);
            }
        });
        return new KairosConfig(values, origins);
    }

    /** The config key an environment variable sets, or null when it sets none. */
    static String keyOf(String envName) {
        if (!envName.startsWith(ENV_PREFIX) || envName.equals(ENV_CONFIG_FILE)) {
            return null;
        }
        if (envName.equals(ENV_BOOTSTRAP)) {
            return "bootstrap.servers";
        }
        if (envName.startsWith(ENV_KAFKA_PREFIX)) {
            return dotted(envName.substring(ENV_KAFKA_PREFIX.length()));
        }
        return KairosConfig.KAIROS_PREFIX + dotted(envName.substring(ENV_PREFIX.length()));
    }

    private static String dotted(String envSuffix) {
        return envSuffix.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    private Path configFileFromEnvironment() {
        String name = environment.get(ENV_CONFIG_FILE);
        return name == null || name.isBlank() ? null : Path.of(name);
    }

    private static Map<String, String> readProperties(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("config file " + file + ": not found or not readable");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("config file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key).trim()));
        return values;
    }
}
