package io.kairos.model.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The settings of one service, merged from its sources by {@link ConfigLoader}. Keys under
 * {@code kairos.} are Kairos settings, read through the typed getters; every other key is a Kafka
 * client setting (bootstrap, security, SASL, TLS, tuning) passed to the clients unchanged.
 */
public final class KairosConfig {

    public static final String KAIROS_PREFIX = "kairos.";
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|jaas|token|credential|\\.key$).*");
    private static final String MASK = "[hidden]";

    private final Map<String, String> values;
    private final Map<String, String> origins;

    KairosConfig(Map<String, String> values, Map<String, String> origins) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        this.origins = Map.copyOf(origins);
    }

    /** A config of exactly these keys, for tests and embedded use. */
    public static KairosConfig of(Map<String, String> values) {
        return new KairosConfig(values, values.keySet().stream().collect(Collectors.toMap(k -> k, k -> "given")));
    }

    public String string(String key, String defaultValue) {
        return values.getOrDefault(key, defaultValue);
    }

    public int integer(String key, int defaultValue) {
        String value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(key, value, "expected an integer");
        }
    }

    public boolean bool(String key, boolean defaultValue) {
        String value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw invalid(key, value, "expected true or false");
        };
    }

    /** An ISO-8601 duration such as {@code PT30S}. */
    public Duration duration(String key, Duration defaultValue) {
        String value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(key, value, "expected an ISO-8601 duration such as PT30S");
        }
    }

    /** The Kafka client settings: every key outside {@code kairos.}. */
    public Properties kafkaProperties() {
        Properties properties = new Properties();
        values.forEach((key, value) -> {
            if (!key.startsWith(KAIROS_PREFIX)) {
                properties.put(key, value);
            }
        });
        return properties;
    }

    /** A copy with {@code key} set, replacing any value from the sources. */
    public KairosConfig with(String key, String value) {
        Map<String, String> nextValues = new TreeMap<>(values);
        nextValues.put(key, value);
        Map<String, String> nextOrigins = new TreeMap<>(origins);
        nextOrigins.put(key, "override");
        return new KairosConfig(nextValues, nextOrigins);
    }

    /** Every setting with where it came from, secrets masked: for the one log line at start-up. */
    public String describe() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + masked(e.getKey(), e.getValue()) + " (" + origins.get(e.getKey()) + ")")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    public Map<String, String> asMap() {
        return values;
    }

    static String masked(String key, String value) {
        return SECRET_KEY.matcher(key).matches() ? MASK : value;
    }

    private IllegalArgumentException invalid(String key, String value, String reason) {
        return new IllegalArgumentException(key + "=\"" + value + "\" (from " + origins.get(key) + "): " + reason);
    }
}
